//go:build unix

package main

import (
	"io/fs"
	"os"
	"slices"
	"syscall"
)

// readFileInto appends the contents of the file at path to buf, read to
// its end as os.ReadFile reads it (the size the file says it has is only
// a hint). A regular file is read with the system calls alone: an
// os.File registers every file it opens with the runtime's poller and
// sets its flags, five calls more than reading needs (four fcntl and an
// epoll_ctl that fails), which took a batch of small files about a
// twentieth of its time.
func readFileInto(buf []byte, path string) ([]byte, error) {
	fd, err := openReadOnly(path)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	var st syscall.Stat_t
	if err := fstat(fd, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		// Not a regular file (a named pipe, a device): an os.File reads
		// it, through the poller where it can.
		return readOpenFile(buf, os.NewFile(uintptr(fd), path))
	}
	defer syscall.Close(fd)
	// One byte more than the size, so that the read that finds the end
	// needs no growing.
	size := int(st.Size)
	buf = slices.Grow(buf, size+1)
	start := len(buf)
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, 4<<10)
		}
		want := cap(buf) - len(buf)
		n, err := readFD(fd, buf[len(buf):cap(buf)])
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: path, Err: err}
		}
		buf = buf[:len(buf)+n]
		// A read that gives less than it was asked for, and ends the file
		// at the size the file said it had, found the end: the read that
		// would return nothing to say so is spared (a system call per
		// file). A short read anywhere else reads on.
		if n == 0 || (n < want && len(buf)-start == size) {
			return buf, nil
		}
	}
}

// openReadOnly, fstat and readFD are the system calls, tried again when a
// signal interrupts them.
func openReadOnly(path string) (int, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}

func fstat(fd int, st *syscall.Stat_t) error {
	for {
		if err := syscall.Fstat(fd, st); err != syscall.EINTR {
			return err
		}
	}
}

func readFD(fd int, b []byte) (int, error) {
	for {
		n, err := syscall.Read(fd, b)
		if err != syscall.EINTR {
			return max(n, 0), err
		}
	}
}
