package rules

import "sync"

// perKey holds a value for each key, computed on first use and kept: the
// per-language data a run reads only for the languages it meets (number
// lexicons, MT-leftover phrases, word lists).
type perKey[T any] struct {
	load func(key string) T
	m    sync.Map // key -> func() T
}

func newPerKey[T any](load func(key string) T) *perKey[T] { return &perKey[T]{load: load} }

// get returns the value of key, computing it on the first call for key.
func (p *perKey[T]) get(key string) T {
	f, ok := p.m.Load(key)
	if !ok {
		f, _ = p.m.LoadOrStore(key, sync.OnceValue(func() T { return p.load(key) }))
	}
	return f.(func() T)()
}
