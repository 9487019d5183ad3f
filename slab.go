package actorgraph

// slab hands out new values of T carved from chunks of slabChunk, so that a document's
// actors and relations, a few dozen small objects each, cost one allocation per chunk
// rather than one each. A value lives as long as anything points into its chunk; values
// are never reused. The zero slab is ready.
type slab[T any] struct {
	free []T
}

// slabChunk is how many values a slab allocates at once: about a document's worth of
// actors or relations.
const slabChunk = 32

// new returns a pointer to a zero T that no one else holds.
func (s *slab[T]) new() *T {
	if len(s.free) == 0 {
		s.free = make([]T, slabChunk)
	}
	p := &s.free[0]
	s.free = s.free[1:]
	return p
}
