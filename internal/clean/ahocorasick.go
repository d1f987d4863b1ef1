package clean

// substrings finds which of a set of phrases occur in a string, in one
// pass over it (Aho–Corasick over bytes), and returns the strongest
// action among them. A line is scanned once instead of once per phrase.
type substrings struct {
	// class maps a byte to its column in delta; bytes in no phrase share
	// column 0, which leads back to the root from every state.
	class  [256]uint8
	nclass int
	// delta[state*nclass+class] is the next state.
	delta []uint16
	// out[state] is the strongest action of the phrases that end at
	// state (through its suffix links too).
	out []action
}

// maxStates bounds the automaton (state numbers are uint16).
const maxStates = 1 << 16

// newSubstrings compiles rules; it returns nil when they are too many
// for the automaton (the caller then tests each phrase in turn).
func newSubstrings(rules []phraseRule) *substrings {
	m := &substrings{}
	used := [256]bool{}
	total := 1
	for _, r := range rules {
		total += len(r.key)
		for i := 0; i < len(r.key); i++ {
			used[r.key[i]] = true
		}
	}
	if total > maxStates {
		return nil
	}
	m.nclass = 1
	for b := range 256 {
		if used[b] {
			m.class[b] = uint8(m.nclass)
			m.nclass++
		}
	}
	if m.nclass > 256 {
		return nil // every byte value in the phrases: classes overflow uint8
	}
	// The trie, with 0 meaning "no edge" (the root is never a child).
	delta := make([]uint16, m.nclass, total*m.nclass)
	out := []action{actNone}
	for _, r := range rules {
		s := 0
		for i := 0; i < len(r.key); i++ {
			c := int(m.class[r.key[i]])
			if delta[s*m.nclass+c] == 0 {
				delta[s*m.nclass+c] = uint16(len(out))
				delta = append(delta, make([]uint16, m.nclass)...)
				out = append(out, actNone)
			}
			s = int(delta[s*m.nclass+c])
		}
		out[s] = max(out[s], r.act)
	}
	// Breadth first: complete the transitions through the failure links
	// and inherit the outputs of the longest proper suffix.
	fail := make([]int, len(out))
	queue := make([]int, 0, len(out))
	for c := 0; c < m.nclass; c++ {
		if t := int(delta[c]); t != 0 {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		out[s] = max(out[s], out[fail[s]])
		for c := 0; c < m.nclass; c++ {
			t := int(delta[s*m.nclass+c])
			f := int(delta[fail[s]*m.nclass+c])
			if t == 0 {
				delta[s*m.nclass+c] = uint16(f)
				continue
			}
			fail[t] = f
			queue = append(queue, t)
		}
	}
	m.delta, m.out = delta, out
	return m
}

// best returns the strongest action of the phrases occurring in s.
func (m *substrings) best(s string) action {
	st, best := 0, actNone
	for i := 0; i < len(s); i++ {
		st = int(m.delta[st*m.nclass+int(m.class[s[i]])])
		if a := m.out[st]; a > best {
			if best = a; best == actStop {
				break
			}
		}
	}
	return best
}
