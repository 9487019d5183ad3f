package eval

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// Score compares a system graph with a gold graph of the same article.
//
// Actors match one to one when they share a name or alias (see NameKey); pairs sharing
// more names are matched first, ties broken in favour of a system actor with the gold
// actor's canonical name, then its ID, then by gold ID and system ID. A system actor
// left over that names an already matched gold actor is a split: a false positive, also
// counted in Report.Splits. Kinds are compared over matched actors.
//
// Roles are (actor, title head noun, of) triples (see TitleHead), with actor and of mapped
// through the matching. Relations are (type, source, target) triples with both ends
// mapped through the matching; symmetric types match either way round. Both sides are
// first collapsed to one relation per triple keeping the strongest modality, actual >
// planned > possible > negated, and modality is compared over matched relations. part-of,
// which the gold does not annotate, is not scored.
//
// A nil graph counts as empty.
func Score(gold, system *actorgraph.Graph) Report {
	goldActors := slices.Collect(gold.Actors())
	sysActors := slices.Collect(system.Actors())
	m := matchActors(goldActors, sysActors)
	r := Report{Articles: 1}
	sysName := func(id string) string {
		if g, ok := m.sysToGold[id]; ok && g != id {
			return id + " (=" + g + ")"
		}
		return id
	}

	// Actors and kinds.
	for _, g := range goldActors {
		s, ok := m.goldToSys[g.ID]
		if !ok {
			r.Actors.FN++
			r.add("actor", "missed", describeActor(g, g.ID), "")
			continue
		}
		r.Actors.TP++
		sa := system.Actor(s)
		if sa.Kind == g.Kind {
			r.Kinds.TP++
			continue
		}
		r.Kinds.FP++
		r.Kinds.FN++
		r.add("kind", "wrong", g.ID+" "+kindString(g.Kind), sysName(s)+" "+kindString(sa.Kind))
	}
	for _, s := range sysActors {
		if _, ok := m.sysToGold[s.ID]; ok {
			continue
		}
		r.Actors.FP++
		if g, ok := m.splits[s.ID]; ok {
			r.Splits++
			r.add("actor", "split", g, describeActor(s, s.ID))
			continue
		}
		r.add("actor", "spurious", "", describeActor(s, s.ID))
	}

	// Roles.
	goldRoles := make(map[roleKey]actorgraph.Role)
	for _, g := range goldActors {
		for _, role := range g.Roles {
			goldRoles[roleKey{g.ID, TitleHead(role.Title), role.Of}] = role
		}
	}
	type sysRole struct {
		actor string
		role  actorgraph.Role
	}
	sysRoles := make(map[roleKey]sysRole)
	for _, s := range sysActors {
		for _, role := range s.Roles {
			k := roleKey{m.toGold(s.ID), TitleHead(role.Title), m.toGold(role.Of)}
			if _, seen := sysRoles[k]; !seen {
				sysRoles[k] = sysRole{s.ID, role}
			}
		}
	}
	for _, k := range slices.SortedFunc(maps.Keys(goldRoles), compareRoleKeys) {
		if _, ok := sysRoles[k]; ok {
			r.Roles.TP++
			continue
		}
		r.Roles.FN++
		r.add("role", "missed", describeRole(k.actor, goldRoles[k].Title, goldRoles[k].Of), "")
	}
	for _, k := range slices.SortedFunc(maps.Keys(sysRoles), compareRoleKeys) {
		if _, ok := goldRoles[k]; ok {
			continue
		}
		r.Roles.FP++
		sr := sysRoles[k]
		r.add("role", "spurious", "", describeRole(sysName(sr.actor), sr.role.Title, sysName(sr.role.Of)))
	}

	// Relations and modality.
	goldRels := collapse(gold, func(id string) string { return id })
	sysRels := collapse(system, m.toGold)
	for _, k := range slices.SortedFunc(maps.Keys(goldRels), compareTriples) {
		gr := goldRels[k]
		sr, ok := sysRels[k]
		if !ok {
			r.Relations.FN++
			r.add("relation", "missed", describeRelation(gr, gr.Source, gr.Target), "")
			continue
		}
		r.Relations.TP++
		if sr.Modality == gr.Modality {
			r.Modality.TP++
			continue
		}
		r.Modality.FP++
		r.Modality.FN++
		r.add("modality", "wrong", describeRelation(gr, gr.Source, gr.Target),
			describeRelation(sr, sysName(sr.Source), sysName(sr.Target)))
	}
	for _, k := range slices.SortedFunc(maps.Keys(sysRels), compareTriples) {
		if _, ok := goldRels[k]; ok {
			continue
		}
		r.Relations.FP++
		sr := sysRels[k]
		r.add("relation", "spurious", "", describeRelation(sr, sysName(sr.Source), sysName(sr.Target)))
	}
	return r
}

func (r *Report) add(dimension, kind, gold, system string) {
	r.Mismatches = append(r.Mismatches, Mismatch{Dimension: dimension, Kind: kind, Gold: gold, System: system})
}

// roleKey is a role as compared: holder and of in gold IDs, title reduced to its head.
type roleKey struct {
	actor, head, of string
}

func compareRoleKeys(a, b roleKey) int {
	return cmp.Or(cmp.Compare(a.actor, b.actor), cmp.Compare(a.head, b.head), cmp.Compare(a.of, b.of))
}

// triple is a relation as compared: its type and ends in gold IDs, symmetric types with
// the smaller end first.
type triple struct {
	typ            actorgraph.RelationType
	source, target string
}

func compareTriples(a, b triple) int {
	return cmp.Or(cmp.Compare(a.typ, b.typ), cmp.Compare(a.source, b.source), cmp.Compare(a.target, b.target))
}

// collapse returns the relations of g, one per triple with ends mapped by toGold, keeping
// the strongest modality (GUIDELINES 7.5). The relations returned keep g's own IDs.
// part-of is left out: the gold does not annotate it (GUIDELINES 6), and TestPartOf
// checks it.
func collapse(g *actorgraph.Graph, toGold func(string) string) map[triple]*actorgraph.Relation {
	out := make(map[triple]*actorgraph.Relation)
	for rel := range g.Relations(actorgraph.Filter{}) {
		if rel.Type == actorgraph.PartOf {
			continue
		}
		src, dst := toGold(rel.Source), toGold(rel.Target)
		if rel.Type.Symmetric() && dst < src {
			src, dst = dst, src
		}
		k := triple{rel.Type, src, dst}
		if cur, ok := out[k]; !ok || strength(rel.Modality) > strength(cur.Modality) {
			out[k] = rel
		}
	}
	return out
}

// strength ranks modalities for collapsing: actual > planned > possible > negated.
func strength(m actorgraph.Modality) int {
	all := actorgraph.Modalities()
	return len(all) - slices.Index(all, m)
}

// TitleHead returns the head noun under which two role titles are the same role:
// lowercased, without a leading "former" or "ex-", cut before " of ", " for ", " to " or
// " on " ("secretary of state" → "secretary", "minister for defence" → "minister"), without "-elect" or "-designate" ("president-elect" →
// "president"), then the last word, keeping "-general" with the word before it
// ("secretary-general" and "secretary general" → "secretary-general"). Synonyms map to one
// form: spokesman, spokeswoman and press secretary → spokesperson; adviser → advisor.
func TitleHead(title string) string {
	t := strings.Join(strings.Fields(strings.ToLower(title)), " ")
	t = strings.Trim(t, ".,;:")
	for {
		if s, ok := strings.CutPrefix(t, "former "); ok {
			t = s
		} else if s, ok := strings.CutPrefix(t, "ex-"); ok {
			t = s
		} else {
			break
		}
	}
	// The head noun comes before a portfolio or destination: "minister for defence" is the
	// role "defence minister" is, "special envoy to Sudan" a special envoy.
	for _, prep := range [...]string{" of ", " for ", " to ", " on "} {
		if i := strings.Index(t, prep); i >= 0 {
			t = t[:i]
		}
	}
	if strings.HasSuffix(t, "press secretary") {
		return "spokesperson"
	}
	for _, suffix := range []string{"-elect", " elect", "-designate", " designate"} {
		t = strings.TrimSuffix(t, suffix)
	}
	words := strings.Fields(t)
	if len(words) == 0 {
		return ""
	}
	head := words[len(words)-1]
	if head == "general" && len(words) > 1 {
		head = words[len(words)-2] + "-general"
	}
	switch head {
	case "spokesman", "spokeswoman":
		return "spokesperson"
	case "adviser":
		return "advisor"
	}
	return head
}

func kindString(k actorgraph.Kind) string {
	if k == "" {
		return "(no kind)"
	}
	return string(k)
}

func describeActor(a *actorgraph.Actor, id string) string {
	s := fmt.Sprintf("%s %q %s", id, a.Name, kindString(a.Kind))
	if len(a.Aliases) > 0 {
		s += fmt.Sprintf(" aliases %q", a.Aliases)
	}
	return s
}

func describeRole(actor, title, of string) string {
	if of == "" {
		of = `""`
	}
	return fmt.Sprintf("%s %q of %s", actor, title, of)
}

func describeRelation(r *actorgraph.Relation, src, dst string) string {
	arrow := "→"
	if r.Type.Symmetric() {
		arrow = "–"
	}
	return fmt.Sprintf("%s %s%s%s [%s]", r.Type, src, arrow, dst, r.Modality)
}
