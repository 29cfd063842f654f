//go:build unix

package read

import (
	"errors"
	"io/fs"
	"os"

	"golang.org/x/sys/unix"
)

// readRegular reads a regular file with plain system calls: open, fstat,
// read until the end, close. os.Open also registers each file with the
// runtime's poller and switches it to non-blocking mode, system calls a
// regular file never needs; in a folder of short articles they cost more
// than the reading. Anything else that opens (a FIFO, a device) comes back
// as f, open, for the caller to read through os.File; f is nil when the
// file was read here or could not be opened (then err says why).
func readRegular(path string, limit int64) (data []byte, f *os.File, err error) {
	var fd int
	for {
		fd, err = unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err != unix.EINTR {
			break
		}
	}
	if err != nil {
		return nil, nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		unix.Close(fd)
		return nil, nil, &fs.PathError{Op: "stat", Path: path, Err: err}
	}
	switch uint32(st.Mode) & unix.S_IFMT {
	case unix.S_IFREG:
	case unix.S_IFDIR:
		unix.Close(fd)
		return nil, nil, &fs.PathError{Op: "read", Path: path, Err: errors.New("is a directory")}
	default:
		return nil, os.NewFile(uintptr(fd), path), nil
	}
	defer unix.Close(fd)
	if st.Size > limit {
		return nil, nil, SizeError(st.Size, limit)
	}
	// Room for the whole file and the read that finds its end, as
	// bytes.Buffer.ReadFrom would leave.
	buf := make([]byte, 0, st.Size+512)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := unix.Read(fd, buf[len(buf):cap(buf)])
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, nil, &fs.PathError{Op: "read", Path: path, Err: err}
		}
		if n == 0 {
			return buf, nil, nil
		}
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, nil, SizeError(-1, limit)
		}
	}
}
