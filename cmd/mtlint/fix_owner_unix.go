//go:build unix

package main

import (
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// keepOwner gives the replacement file the owner and group of the file it
// replaces, and fails when it cannot: only root may give a file away, and a
// replacement owned by whoever ran fix would take the file from its owner
// (a group-writable file edited by another member of the group).
func keepOwner(f *os.File, info fs.FileInfo) error {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	_ = f.Chown(int(st.Uid), int(st.Gid))
	now, err := f.Stat()
	if err != nil {
		return err
	}
	if nst, ok := now.Sys().(*syscall.Stat_t); ok && (nst.Uid != st.Uid || nst.Gid != st.Gid) {
		return fmt.Errorf("owned by user %d, group %d: a fixed copy could not keep its owner", st.Uid, st.Gid)
	}
	return nil
}

// hardLinks returns the number of names the file has.
func hardLinks(info fs.FileInfo) uint64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}
