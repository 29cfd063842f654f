module github.com/mtlint/mtlint

go 1.26

require github.com/clipperhouse/uax29/v2 v2.7.0 // indirect
