package read

import (
	"errors"
	"io/fs"
	"strings"
)

// StdinPath is how standard input is named in output.
const StdinPath = "<stdin>"

// ReadError words a read failure without repeating the path.
func ReadError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, fs.ErrNotExist) {
			if IsGlob(pe.Path) {
				return "no file matches this pattern"
			}
			return "no such file"
		}
		if errors.Is(pe.Err, fs.ErrPermission) {
			return "permission denied"
		}
		if pe.Err != nil && strings.Contains(pe.Err.Error(), "is a directory") {
			return "is a directory"
		}
		return pe.Err.Error()
	}
	return err.Error()
}

// IsGlob reports whether a path holds glob metacharacters.
func IsGlob(p string) bool { return strings.ContainsAny(p, "*?[{") }

// InputName names an input as the report does: "-" is standard input.
func InputName(input string) string {
	if input == "-" {
		return StdinPath
	}
	return input
}
