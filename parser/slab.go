package parser

// slab hands out values allocated a chunk at a time. A long document has
// tens of thousands of markers, paragraphs and sections; one allocation
// per chunk instead of one per value spares the allocator and the garbage
// collector. Chunks grow with use, so a short speech takes little.
type slab[T any] struct {
	chunk []T
	next  int // the size of the next chunk
}

const (
	firstChunk = 16
	maxChunk   = 1024
)

// new returns a pointer to a fresh zero value.
func (s *slab[T]) new() *T {
	if len(s.chunk) == cap(s.chunk) {
		s.next = min(max(2*s.next, firstChunk), maxChunk)
		s.chunk = make([]T, 0, s.next)
	}
	s.chunk = s.chunk[:len(s.chunk)+1]
	return &s.chunk[len(s.chunk)-1]
}
