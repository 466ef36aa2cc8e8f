package docjson

import (
	"bytes"
	"io"
)

// indenter pretty-prints the compact JSON written to it as it comes, as
// json.Indent(dst, src, "", indent) prints a whole one: a newline and the
// indent after an opening bracket and a comma and before a closing one,
// ": " after a key, and an empty object or array left as {} or []. It
// holds nothing of the document but its own buffer and the depth, so a
// pretty document streams as a compact one does. The compact JSON has no
// space outside its strings, which are copied as they are.
type indenter struct {
	w      io.Writer
	indent string
	buf    []byte
	err    error
	depth  int
	// inString: inside a string; escaped: just after its backslash;
	// pending: an opening bracket is written and its newline waits to
	// see whether a closing one follows at once.
	inString, escaped, pending bool
}

func (d *indenter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if d.inString {
			p = d.copyString(p)
		} else {
			d.punctuation(p[0])
			p = p[1:]
		}
		if len(d.buf) >= flushSize {
			if err := d.flush(); err != nil {
				return 0, err
			}
		}
	}
	return n, d.err
}

// punctuation writes c, a byte outside the strings, with the space around
// it.
func (d *indenter) punctuation(c byte) {
	if d.pending && c != '}' && c != ']' {
		d.pending = false
		d.depth++
		d.newline()
	}
	switch c {
	case '"':
		d.inString = true
		d.buf = append(d.buf, c)
	case '{', '[':
		d.pending = true
		d.buf = append(d.buf, c)
	case ',':
		d.buf = append(d.buf, c)
		d.newline()
	case ':':
		d.buf = append(d.buf, c, ' ')
	case '}', ']':
		if d.pending {
			d.pending = false
		} else {
			d.depth--
			d.newline()
		}
		d.buf = append(d.buf, c)
	default:
		d.buf = append(d.buf, c)
	}
}

// copyString copies the bytes of a string from the start of p, up to and
// with its closing quote or the byte a backslash escapes, at most a
// buffer's worth, and returns the rest.
func (d *indenter) copyString(p []byte) []byte {
	if d.escaped { // the backslash ended the last write
		d.escaped = false
		d.buf = append(d.buf, p[0])
		return p[1:]
	}
	q := p[:min(len(p), flushSize)]
	i := bytes.IndexAny(q, `"\`)
	switch {
	case i < 0:
		d.buf = append(d.buf, q...)
		return p[len(q):]
	case p[i] == '"':
		d.inString = false
		d.buf = append(d.buf, p[:i+1]...)
		return p[i+1:]
	case i+1 == len(p):
		d.escaped = true
		d.buf = append(d.buf, p...)
		return nil
	}
	d.buf = append(d.buf, p[:i+2]...)
	return p[i+2:]
}

func (d *indenter) newline() {
	d.buf = append(d.buf, '\n')
	for range d.depth {
		d.buf = append(d.buf, d.indent...)
	}
}

// flush writes the buffer out.
func (d *indenter) flush() error {
	if d.err == nil && len(d.buf) > 0 {
		_, d.err = d.w.Write(d.buf)
	}
	d.buf = d.buf[:0]
	return d.err
}
