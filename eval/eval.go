// Package eval scores actor graphs against hand-annotated gold graphs.
//
// A corpus directory holds articles NAME.txt, each beside its gold graph NAME.gold.json in
// the JSON form of actorgraph.Graph.WriteJSON without mentions and evidence (see
// testdata/corpus/GUIDELINES.md in the actorgraph repository). ScoreDir parses every
// article and scores it with Score; Report sums the counts over articles, so its figures
// are micro-averages:
//
//	rep, err := eval.ScoreDir(ctx, nil, "testdata/corpus/dev")
//	if err != nil {
//		log.Fatal(err)
//	}
//	fmt.Print(rep) // precision, recall and F1 per dimension
//
// Five dimensions are scored: actors (matched by any shared name or alias), their kinds,
// roles as (actor, title head noun, of), relations as (type, source, target), and the
// modality of matched relations. Score documents the rules.
package eval

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// ErrNoArticles is returned, wrapped, by ScoreDir for a directory without articles.
var ErrNoArticles = errors.New("eval: no articles")

// Suffixes of the two files of an article in a corpus directory.
const (
	TextSuffix = ".txt"       // the article
	GoldSuffix = ".gold.json" // its gold graph
)

// ScoreDir parses every article NAME.txt in dir with p (nil means the zero Parser), as the
// document NAME, scores it against NAME.gold.json and returns the sum of the reports, with
// each mismatch naming its article. Articles are scored in name order. An article without
// gold, a gold file without article, and any read or parse error fail the whole directory;
// a directory without articles gives an error wrapping ErrNoArticles.
func ScoreDir(ctx context.Context, p *actorgraph.Parser, dir string) (Report, error) {
	if p == nil {
		p = new(actorgraph.Parser)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return Report{}, fmt.Errorf("eval: %w", err)
	}
	var names []string
	files := make(map[string]bool)
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		files[e.Name()] = true
		if name, ok := strings.CutSuffix(e.Name(), TextSuffix); ok {
			names = append(names, name) // ReadDir sorts by file name
		}
	}
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), GoldSuffix); ok && !e.IsDir() && !files[name+TextSuffix] {
			return Report{}, fmt.Errorf("eval: %s: gold without article %s", filepath.Join(dir, e.Name()), name+TextSuffix)
		}
	}
	if len(names) == 0 {
		return Report{}, fmt.Errorf("%w in %s", ErrNoArticles, dir)
	}
	var total Report
	for _, name := range names {
		rep, err := scoreArticle(ctx, p, dir, name)
		if err != nil {
			return Report{}, err
		}
		total = total.Add(rep)
	}
	return total, nil
}

// scoreArticle scores the article name of dir.
func scoreArticle(ctx context.Context, p *actorgraph.Parser, dir, name string) (Report, error) {
	goldPath := filepath.Join(dir, name+GoldSuffix)
	if _, err := os.Stat(goldPath); err != nil {
		return Report{}, fmt.Errorf("eval: article %s has no gold: %w", filepath.Join(dir, name+TextSuffix), err)
	}
	gold, err := LoadGold(goldPath)
	if err != nil {
		return Report{}, err
	}
	text, err := os.ReadFile(filepath.Join(dir, name+TextSuffix))
	if err != nil {
		return Report{}, fmt.Errorf("eval: %w", err)
	}
	sys, err := p.ParseDoc(ctx, name, string(text))
	if err != nil {
		if ctx.Err() != nil {
			return Report{}, err
		}
		return Report{}, fmt.Errorf("eval: parse %s: %w", filepath.Join(dir, name+TextSuffix), err)
	}
	rep := Score(gold, sys)
	for i := range rep.Mismatches {
		rep.Mismatches[i].Doc = name
	}
	return rep, nil
}
