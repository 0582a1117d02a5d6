package fingerprint

// minHasher accumulates a MinHash signature over a stream of element
// hashes. Permutation i maps an element hash e to mix64(e ^ seed[i]);
// mix64 is a bijection, so each permutation is a fixed pseudo-random
// permutation of the 64-bit hashes, the same on every machine.
type minHasher struct {
	seeds [MinHashK]uint64
	sig   Signature
	n     int // elements added, duplicates included
}

// minHashSeed starts the splitmix64 sequence the permutation seeds are
// drawn from ("datatrad" in ASCII). It is part of Version 1.
const minHashSeed = 0x6461746174726164

func newMinHasher() *minHasher {
	m := &minHasher{}
	s := uint64(minHashSeed)
	for i := range m.seeds {
		s += 0x9e3779b97f4a7c15
		m.seeds[i] = mix64(s)
	}
	for i := range m.sig {
		m.sig[i] = ^uint64(0)
	}
	return m
}

// add adds one element, given by its 64-bit hash.
func (m *minHasher) add(e uint64) {
	m.n++
	for i, s := range m.seeds {
		if v := mix64(e ^ s); v < m.sig[i] {
			m.sig[i] = v
		}
	}
}

// mix64 is the splitmix64 finaliser, a bijection on uint64.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// FNV-1a, 64 bit, for hashing elements (shingles, rows).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvAdd(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func fnvAddString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}
