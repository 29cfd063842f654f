//go:build !unix

package main

import (
	"io/fs"
	"os"
)

// keepOwner does nothing where files have no Unix owner.
func keepOwner(*os.File, fs.FileInfo) error { return nil }

// hardLinks is not known here; 1 lets the file be replaced.
func hardLinks(fs.FileInfo) uint64 { return 1 }
