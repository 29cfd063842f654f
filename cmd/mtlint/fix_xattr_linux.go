package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"golang.org/x/sys/unix"
)

// copyXattrs gives dst the extended attributes of the file at src (SELinux
// labels, ACLs, user attributes), which a renamed replacement would lose. It
// fails when one cannot be copied, so that the file is left as it was.
func copyXattrs(src string, dst *os.File) error {
	size, err := unix.Listxattr(src, nil)
	if err != nil || size == 0 {
		if errors.Is(err, unix.ENOTSUP) {
			return nil
		}
		return err
	}
	buf := make([]byte, size)
	if size, err = unix.Listxattr(src, buf); err != nil {
		return err
	}
	for _, name := range strings.Split(strings.TrimRight(string(buf[:size]), "\x00"), "\x00") {
		if name == "" {
			continue
		}
		n, err := unix.Getxattr(src, name, nil)
		if err != nil {
			return fmt.Errorf("reading attribute %s: %w", name, err)
		}
		val := make([]byte, n)
		if n, err = unix.Getxattr(src, name, val); err != nil {
			return fmt.Errorf("reading attribute %s: %w", name, err)
		}
		if err := unix.Fsetxattr(int(dst.Fd()), name, val[:n], 0); err != nil {
			return fmt.Errorf("keeping attribute %s: %w", name, err)
		}
	}
	return nil
}

// createTemp makes the replacement file in dir without a name (O_TMPFILE),
// so that nothing is left behind when the process is killed before the
// rename; the function it returns gives the file a name in dir just before
// it replaces the file. Where the system has no O_TMPFILE or no /proc to
// name such a file, it falls back to a named file.
func createTemp(dir, base string) (*os.File, func() (string, error), error) {
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		return createNamedTemp(dir, base)
	}
	fd, err := unix.Open(dir, unix.O_TMPFILE|unix.O_WRONLY|unix.O_CLOEXEC, 0o600)
	if err != nil {
		return createNamedTemp(dir, base)
	}
	f := os.NewFile(uintptr(fd), dir)
	link := func() (string, error) {
		for i := 0; ; i++ {
			n := fmt.Sprintf("%s/.%s.mtlint-%d-%d", dir, base, os.Getpid(), i)
			err := unix.Linkat(unix.AT_FDCWD, fmt.Sprintf("/proc/self/fd/%d", fd), unix.AT_FDCWD, n, unix.AT_SYMLINK_FOLLOW)
			if err == nil {
				return n, nil
			}
			if !errors.Is(err, unix.EEXIST) || i > 100 {
				return "", err
			}
		}
	}
	return f, link, nil
}
