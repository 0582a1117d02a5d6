package lightclient

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain/devnode/authsig"
	"github.com/datatrade/datatrade/enclave"
)

// SignatureLength is the length of an authority header signature.
const SignatureLength = authsig.SignatureLength

// Options are the caller's choices that are not part of the attested
// configuration.
type Options struct {
	// AllowDev accepts a configuration whose header authenticator is "dev"
	// (no consensus proof: the host can feed any chain). Set it only after
	// the user opted in with --insecure.
	AllowDev bool
}

// entry is one verified header in the window.
type entry struct {
	header *types.Header
	hash   common.Hash
	number uint64
	seq    uint64 // order of arrival, for fork-choice ties
}

// Client is the enclave's light client: a FIFO window of verified headers.
// Its methods are safe for concurrent use.
type Client struct {
	cfg    enclave.Config
	window uint64

	mu      sync.Mutex
	entries map[common.Hash]*entry
	// anchorHash and anchorNumber name the block every header in the window
	// descends from: the checkpoint until the window first fills, then the
	// oldest canonical header kept (itself in entries).
	anchorHash   common.Hash
	anchorNumber uint64
	head         *entry
	// canon maps block numbers to the hashes of the canonical branch, from
	// the oldest window header to the head.
	canon map[uint64]common.Hash
	seq   uint64
}

// New returns a light client anchored at cfg's checkpoint with an empty
// window of cfg.HeaderWindow headers (enclave.DefaultHeaderWindow when 0).
//
// Errors: EINVALID for a configuration that fails cfg.Validate (apart from a
// zero HeaderWindow, which selects the default), EINSECURE for the "dev"
// authenticator without opts.AllowDev.
func New(cfg enclave.Config, opts Options) (*Client, error) {
	if cfg.HeaderWindow == 0 {
		cfg.HeaderWindow = enclave.DefaultHeaderWindow
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.HeaderAuth == enclave.HeaderAuthDev && !opts.AllowDev {
		return nil, datatrade.Errorf(datatrade.EINSECURE,
			"the header authenticator \"dev\" checks no consensus proof, so the host can invent payments; it needs --insecure")
	}
	return &Client{
		cfg:          cfg,
		window:       uint64(cfg.HeaderWindow),
		entries:      make(map[common.Hash]*entry),
		anchorHash:   cfg.Checkpoint.Hash,
		anchorNumber: cfg.Checkpoint.Number,
		canon:        make(map[uint64]common.Hash),
	}, nil
}

// Config returns the configuration the client checks against.
func (c *Client) Config() enclave.Config { return c.cfg }

// Add verifies header and puts it into the window. sig is the authority's
// signature over the header hash (ignored by the "dev" authenticator).
//
// The header must link to a header in the window or, while the window has
// not moved past it, to the checkpoint; its number must be its parent's plus
// one and its timestamp no earlier than its parent's. A header already in
// the window is accepted again without effect. When the canonical branch
// grows past the window size, the oldest headers drop, together with the
// branches that fork below the new oldest header, which becomes the anchor.
//
// Errors: EINVALID for a malformed header, EINTEGRITY for a header that
// fails a check (a forged header does not match the authority's signature),
// ECONFLICT for a header older than the window or when too many competing
// headers are held.
func (c *Client) Add(header *types.Header, sig []byte) error {
	if header == nil || header.Number == nil || !header.Number.IsUint64() {
		return datatrade.Errorf(datatrade.EINVALID, "header without a valid block number")
	}
	hash := header.Hash()
	number := header.Number.Uint64()

	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.entries[hash]; ok || hash == c.anchorHash {
		return nil
	}
	var parentTime *uint64
	parentNumber := c.anchorNumber
	if p, ok := c.entries[header.ParentHash]; ok {
		parentNumber, parentTime = p.number, &p.header.Time
	} else if header.ParentHash != c.anchorHash {
		switch {
		case number <= c.anchorNumber:
			return datatrade.Errorf(datatrade.ECONFLICT, "header %d is older than the header window (anchor %d)", number, c.anchorNumber)
		case number == c.anchorNumber+1:
			return datatrade.Errorf(datatrade.EINTEGRITY, "header %d does not link to the anchor %s", number, c.anchorHash)
		default:
			return datatrade.Errorf(datatrade.EINTEGRITY, "header %d links to %s, which is not in the header window", number, header.ParentHash)
		}
	}
	if number != parentNumber+1 {
		return datatrade.Errorf(datatrade.EINTEGRITY, "header %s has number %d, its parent %d", hash, number, parentNumber)
	}
	if parentTime != nil && header.Time < *parentTime {
		return datatrade.Errorf(datatrade.EINTEGRITY, "header %d is timestamped before its parent", number)
	}
	if err := c.authenticate(hash, sig); err != nil {
		return err
	}
	extendsHead := c.head == nil || number > c.head.number
	if !extendsHead && uint64(len(c.entries)) >= 2*c.window {
		return datatrade.Errorf(datatrade.ECONFLICT, "the header window holds too many competing headers")
	}
	c.seq++
	e := &entry{header: types.CopyHeader(header), hash: hash, number: number, seq: c.seq}
	c.entries[hash] = e
	if extendsHead {
		c.setHead(e)
	}
	return nil
}

// authenticate applies the configured header authenticator to hash.
func (c *Client) authenticate(hash common.Hash, sig []byte) error {
	if c.cfg.HeaderAuth == enclave.HeaderAuthDev {
		return nil
	}
	signer, err := authsig.Recover(hash, sig)
	if err != nil {
		return err
	}
	if signer != c.cfg.Authority {
		return datatrade.Errorf(datatrade.EINTEGRITY, "header %s is signed by %s, not by the authority %s", hash, signer, c.cfg.Authority)
	}
	return nil
}

// setHead makes e the canonical head, recomputes the canonical branch and
// slides the window. c.mu is held.
func (c *Client) setHead(e *entry) {
	if c.head != nil && e.header.ParentHash == c.head.hash {
		c.canon[e.number] = e.hash
	} else {
		clear(c.canon)
		for cur := e; cur != nil; cur = c.entries[cur.header.ParentHash] {
			c.canon[cur.number] = cur.hash
			if cur.hash == c.anchorHash {
				break
			}
		}
	}
	c.head = e
	oldest := c.anchorNumber + 1
	if _, ok := c.entries[c.anchorHash]; ok {
		oldest = c.anchorNumber
	}
	if e.number-oldest+1 <= c.window {
		return
	}
	c.slide(e.number - c.window + 1)
}

// slide makes the canonical header at number oldest the anchor and drops
// every header that does not descend from it. c.mu is held.
func (c *Client) slide(oldest uint64) {
	anchor := c.canon[oldest]
	if len(c.entries) == len(c.canon) {
		// No competing branch (canon holds only window headers): drop the
		// oldest canonical headers.
		for n := c.anchorNumber; n < oldest; n++ {
			if h, ok := c.canon[n]; ok {
				delete(c.entries, h)
				delete(c.canon, n)
			}
		}
		c.anchorHash, c.anchorNumber = anchor, oldest
		return
	}
	keep := map[common.Hash]bool{anchor: true}
	var descends func(e *entry) bool
	descends = func(e *entry) bool {
		if k, ok := keep[e.hash]; ok {
			return k
		}
		k := false
		if e.number > oldest {
			if p, ok := c.entries[e.header.ParentHash]; ok {
				k = descends(p)
			}
		}
		keep[e.hash] = k
		return k
	}
	for h, e := range c.entries {
		if !descends(e) {
			delete(c.entries, h)
		}
	}
	for n := range c.canon {
		if n < oldest {
			delete(c.canon, n)
		}
	}
	c.anchorHash, c.anchorNumber = anchor, oldest
}

// Head returns a copy of the canonical head, or nil while the window is
// empty.
func (c *Client) Head() *types.Header {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.head == nil {
		return nil
	}
	return types.CopyHeader(c.head.header)
}

// Header returns a copy of the window's header with the given hash, on any
// branch.
func (c *Client) Header(hash common.Hash) (*types.Header, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[hash]
	if !ok {
		return nil, false
	}
	return types.CopyHeader(e.header), true
}

// Anchor returns the block every header in the window descends from: the
// checkpoint until the window is full, then its oldest canonical header.
func (c *Client) Anchor() enclave.Checkpoint {
	c.mu.Lock()
	defer c.mu.Unlock()
	return enclave.Checkpoint{Number: c.anchorNumber, Hash: c.anchorHash}
}

// Len returns the number of headers in the window, all branches counted.
func (c *Client) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}

// Confirmed returns the number of canonical blocks on top of the block with
// the given hash and whether that is at least the configured Confirmations.
// A block that is not in the window or not on the canonical branch has depth
// 0 and is not confirmed.
func (c *Client) Confirmed(hash common.Hash) (depth uint64, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d, canonical := c.depth(hash)
	return d, canonical && d >= uint64(c.cfg.Confirmations)
}

// depth returns the canonical depth of hash. c.mu is held.
func (c *Client) depth(hash common.Hash) (uint64, bool) {
	if c.head == nil {
		return 0, false
	}
	var number uint64
	if e, ok := c.entries[hash]; ok {
		number = e.number
	} else if hash == c.anchorHash {
		number = c.anchorNumber
	} else {
		return 0, false
	}
	if number != c.anchorNumber && c.canon[number] != hash {
		return 0, false
	}
	return c.head.number - number, true
}
