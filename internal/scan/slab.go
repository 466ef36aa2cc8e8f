package scan

// Slab hands out values allocated a chunk at a time. A long document has
// tens of thousands of paragraphs and sections; one allocation per chunk
// instead of one per value spares the allocator and the garbage collector.
// Chunks grow with use, so a short speech takes little.
type Slab[T any] struct {
	chunk []T
	next  int // the size of the next chunk
}

const (
	firstChunk = 16
	maxChunk   = 1024
)

// Expect makes the first chunk of an unused slab room for n values, as
// many as the document is expected to need: a short speech then takes one
// chunk of about its size, where chunks doubling from firstChunk would
// take up to twice what it uses. Past n, chunks grow as they would. An
// unused slab may hold the chunk of a document before (SlabOn): it is
// kept if it has room for n.
func (s *Slab[T]) Expect(n int) {
	if len(s.chunk) > 0 || n <= cap(s.chunk) {
		return
	}
	s.next = min(n, maxChunk)
	s.chunk = make([]T, 0, s.next)
}

// New returns a pointer to a fresh zero value.
func (s *Slab[T]) New() *T {
	if len(s.chunk) == cap(s.chunk) {
		s.next = min(max(2*s.next, firstChunk), maxChunk)
		s.chunk = make([]T, 0, s.next)
	}
	s.chunk = s.chunk[:len(s.chunk)+1]
	return &s.chunk[len(s.chunk)-1]
}

// ListSlab hands out empty lists with room for a few elements, carved from
// a chunk: most sections have a paragraph or two and a few children, and
// their lists then grow without an allocation of their own. Each list's
// room is its own (its capacity ends where the next list's begins), so an
// append never writes into another list; past its room, a list grows as
// any slice does.
type ListSlab[T any] struct {
	chunk []T
	next  int // the size of the next chunk
}

// The chunks of a ListSlab grow from firstListChunk to maxListChunk
// elements, so that a short speech takes little.
const (
	firstListChunk = 64
	maxListChunk   = 1024
)

// Expect is Slab.Expect for a ListSlab: the first chunk holds n elements.
func (s *ListSlab[T]) Expect(n int) {
	if len(s.chunk) > 0 || n <= cap(s.chunk) {
		return
	}
	s.next = min(n, maxListChunk)
	s.chunk = make([]T, 0, s.next)
}

// Reserve makes room in the chunk for lists of n elements in all: a new
// chunk, if the one in use has less, of n or of twice the last one's size
// if that is more. The lists of a slab that is reserved for before each
// group of them (a speech's points, container by container) then take a
// few chunks that grow with what they hold, from the first group's size.
func (s *ListSlab[T]) Reserve(n int) {
	if cap(s.chunk)-len(s.chunk) >= n {
		return
	}
	s.next = max(n, min(2*cap(s.chunk), maxListChunk))
	s.chunk = make([]T, 0, s.next)
}

// List returns an empty list with room for n elements.
func (s *ListSlab[T]) List(n int) []T {
	if cap(s.chunk)-len(s.chunk) < n {
		s.next = min(max(2*s.next, firstListChunk), maxListChunk)
		s.chunk = make([]T, 0, max(s.next, n))
	}
	start := len(s.chunk)
	s.chunk = s.chunk[:start+n]
	return s.chunk[start : start : start+n]
}

// SlabOn is a slab whose first chunk is chunk, emptied: the memory of a
// document before, handed to the next. Its values are handed out as they
// are in the chunk, which the caller clears.
func SlabOn[T any](chunk []T) Slab[T] { return Slab[T]{chunk: chunk[:0], next: cap(chunk)} }

// Chunk is the chunk s hands out from now, to keep for a SlabOn.
func (s *Slab[T]) Chunk() []T { return s.chunk }

// ListSlabOn is SlabOn for a ListSlab.
func ListSlabOn[T any](chunk []T) ListSlab[T] { return ListSlab[T]{chunk: chunk[:0], next: cap(chunk)} }

// Chunk is the chunk s carves lists from now.
func (s *ListSlab[T]) Chunk() []T { return s.chunk }
