package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/actorgraph/actorgraph"
)

// ReadGold reads a gold graph: the JSON form of actorgraph.Graph.WriteJSON, in which
// "mentions" and "evidence" may be left out, as the corpus gold files do. It is
// actorgraph.ReadJSON with one more check: the parser joins a one-word person to the only
// person whose full name ends in that word (Graph.JoinSurnames), and a gold file in which
// that would happen states two actors that the library takes for one, so ReadGold reports
// it as an error rather than scoring against actors the parser can never give.
func ReadGold(r io.Reader) (*actorgraph.Graph, error) {
	g, err := readGold(r)
	if err != nil {
		return nil, fmt.Errorf("eval: read gold: %w", err)
	}
	return g, nil
}

func readGold(r io.Reader) (*actorgraph.Graph, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	g, err := actorgraph.ReadJSON(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	var ids struct {
		Actors []struct {
			ID string `json:"id"`
		} `json:"actors"`
	}
	if err := json.Unmarshal(data, &ids); err != nil {
		return nil, err // unreachable: ReadJSON accepted it
	}
	joined := g.JoinSurnames()
	for _, a := range ids.Actors {
		if got := joined.Actor(a.ID); got == nil || got.ID != a.ID {
			return nil, fmt.Errorf("actor %q is merged into another actor on reading", a.ID)
		}
	}
	return g, nil
}

// LoadGold reads the gold graph in the file at path, as ReadGold does. Errors name the file.
func LoadGold(path string) (*actorgraph.Graph, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	g, err := readGold(f)
	if err != nil {
		return nil, fmt.Errorf("eval: read gold %s: %w", path, err)
	}
	return g, nil
}
