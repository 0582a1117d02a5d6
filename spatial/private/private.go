// Package private answers spatial catalog queries that the host must not
// read: the buyer encrypts its query to an attested enclave's HPKE key
// (enclave.EncryptTo), the enclave decrypts it, evaluates it over the
// catalog's listings held in its memory (query.Engine) and encrypts the
// answer — the hits with every public field the buyer needs, so that it
// never has to look a hit up through the host — to a fresh reply key the
// buyer sent inside the query. The host carries two ciphertexts and learns
// neither the query nor the answer.
//
// Service is the enclave side: it imports no host package (no network,
// chain client, database or store; a guard test checks it) and receives
// and returns bytes only, as an ECALL would. NewRequest and Pending.Open are
// the buyer's side.
//
// # What the host still learns
//
//   - That a query happened, when, and from which connection.
//   - Sizes: request and reply plaintexts are padded to the next power of
//     two (at least PadMin bytes), so the host learns only the bucket — for
//     a reply, roughly how many hits (within a factor of two).
//   - Timing: evaluation time depends on the query (a large region takes
//     longer than a nearest-neighbour search); the service does not pad
//     time.
//   - Access pattern: the engine walks its R-tree in the enclave's memory.
//     A host that can observe the enclave's memory accesses at page or
//     cache-line granularity (a known side channel of SGX-class enclaves;
//     weaker on SEV-SNP and TDX) could infer the region searched. Defending
//     against that needs an oblivious scan of every listing per query,
//     which this package does not do.
//   - The catalog itself is public: the enclave is loaded with what the
//     catalog publishes anyway; the privacy is the buyer's interest.
//
// With the sim backend none of this holds: the host can read the enclave's
// keys. Every caller must say so (enclave.SimulationWarning).
package private

import (
	"bytes"
	"crypto/hpke"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/spatial/query"
)

// Sizes of the padded plaintexts.
const (
	// PadMin is the smallest padded plaintext.
	PadMin = 1 << 10
	// MaxPlaintext bounds a padded request or reply plaintext.
	MaxPlaintext = 1 << 24
)

// requestInfo is the HPKE info of a request; replies bind the request's
// digest (see replyInfo).
const requestInfo = "datatrade/spatial/private-query/request/v1"

func replyInfo(request []byte) []byte {
	d := sha256.Sum256(request)
	return append([]byte("datatrade/spatial/private-query/reply/v1\x00"), d[:]...)
}

// replyKEM is the KEM of the buyer's one-time reply key.
func replyKEM() hpke.KEM { return hpke.MLKEM768X25519() }

// Reply HPKE ciphersuite besides the KEM.
var (
	replyKDF  = hpke.HKDFSHA256()
	replyAEAD = hpke.AES256GCM()
)

// request is the plaintext a buyer sends.
type request struct {
	Query    query.Query `json:"query"`
	ReplyKEM uint16      `json:"replyKem"`
	ReplyKey []byte      `json:"replyKey"`
}

// Reply is what the enclave answers: the hits with their entries, or an
// error about the query, both readable only by the buyer.
type Reply struct {
	Answer query.Answer `json:"answer"`
	// Entries are the hits' entries, in the order of Answer.Hits.
	Entries []query.Entry `json:"entries"`
	// Listings is how many listings the enclave held.
	Listings int `json:"listings"`
	// Error, when set, is why the query was refused (an EINVALID message
	// safe to show); Answer and Entries are then empty.
	Error string `json:"error,omitempty"`
}

// pad frames b as length (4 bytes, big-endian) ‖ b ‖ zeros up to the next
// power of two of at least PadMin bytes.
func pad(b []byte) ([]byte, error) {
	n := PadMin
	for n < len(b)+4 {
		n <<= 1
	}
	if n > MaxPlaintext {
		return nil, datatrade.Errorf(datatrade.EINVALID, "private query message of %d bytes is larger than %d", len(b), MaxPlaintext-4)
	}
	out := make([]byte, n)
	binary.BigEndian.PutUint32(out, uint32(len(b)))
	copy(out[4:], b)
	return out, nil
}

// unpad reverses pad, refusing a malformed frame with an EINVALID error.
func unpad(p []byte) ([]byte, error) {
	if len(p) < 4 || len(p) > MaxPlaintext {
		return nil, datatrade.Errorf(datatrade.EINVALID, "private query message has a bad size")
	}
	n := binary.BigEndian.Uint32(p)
	if uint64(n) > uint64(len(p)-4) || !allZero(p[4+n:]) {
		return nil, datatrade.Errorf(datatrade.EINVALID, "private query message has a bad frame")
	}
	return p[4 : 4+n], nil
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// decodeStrict parses one JSON value with no unknown fields.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("trailing data")
	}
	return nil
}

// Service is the enclave side. It holds the enclave's Factotum and the
// listings; it is safe for concurrent use.
//
// Security contract: Answer decrypts only messages sent to this enclave
// with the private-query info, and its output is encrypted to the reply
// key inside the decrypted request — never to a key the host chooses
// afterwards — so it is no decryption oracle: a host replaying someone's
// request gets a reply only that buyer can open.
type Service struct {
	f   *enclave.Factotum
	eng *query.Engine
}

// NewService loads entries (the catalog's listings, see
// catalog.SpatialEntries) into an engine inside the enclave. Errors as
// query.NewEngine's.
func NewService(f *enclave.Factotum, entries []query.Entry) (*Service, error) {
	eng, err := query.NewEngine(entries)
	if err != nil {
		return nil, err
	}
	return &Service{f: f, eng: eng}, nil
}

// Len returns the number of listings held.
func (s *Service) Len() int { return s.eng.Len() }

// Answer decrypts a request, evaluates its query and returns the reply
// encrypted to the request's reply key. An invalid query is answered with
// an encrypted Reply.Error, so that the host does not learn why. Errors
// (visible to the host, and revealing nothing about the query):
// EINTEGRITY for a request not encrypted to this enclave, EINVALID for a
// malformed request or reply key.
func (s *Service) Answer(ciphertext []byte) ([]byte, error) {
	if len(ciphertext) > MaxPlaintext+4096 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "private query request is too large")
	}
	padded, err := s.f.Decrypt([]byte(requestInfo), ciphertext)
	if err != nil {
		return nil, err
	}
	pt, err := unpad(padded)
	if err != nil {
		return nil, err
	}
	var req request
	if err := decodeStrict(pt, &req); err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "private query request is malformed")
	}
	if req.ReplyKEM != replyKEM().ID() {
		return nil, datatrade.Errorf(datatrade.EINVALID, "private query reply key has KEM 0x%04x, want 0x%04x", req.ReplyKEM, replyKEM().ID())
	}
	replyKey, err := replyKEM().NewPublicKey(req.ReplyKey)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "private query reply key is malformed")
	}
	reply := s.evaluate(&req.Query)
	body, err := json.Marshal(reply)
	if err != nil {
		return nil, fmt.Errorf("encode reply: %w", err)
	}
	framed, err := pad(body)
	if err != nil {
		// Too many hits for one reply: say so, still encrypted.
		body, _ = json.Marshal(Reply{Answer: query.Answer{Hits: []query.Hit{}}, Entries: []query.Entry{}, Listings: s.eng.Len(), Error: "the answer is too large; lower the limit"})
		if framed, err = pad(body); err != nil {
			return nil, err
		}
	}
	ct, err := hpke.Seal(replyKey, replyKDF, replyAEAD, replyInfo(ciphertext), framed)
	if err != nil {
		return nil, fmt.Errorf("encrypt reply: %w", err)
	}
	return ct, nil
}

func (s *Service) evaluate(q *query.Query) Reply {
	r := Reply{Answer: query.Answer{Hits: []query.Hit{}}, Entries: []query.Entry{}, Listings: s.eng.Len()}
	ans, err := s.eng.Run(q)
	if err != nil {
		r.Error = "the query could not be evaluated"
		if datatrade.ErrorCode(err) == datatrade.EINVALID {
			r.Error = datatrade.ErrorMessage(err)
		}
		return r
	}
	r.Answer = ans
	for _, h := range ans.Hits {
		en, _ := s.eng.Entry(h.ID)
		r.Entries = append(r.Entries, en)
	}
	return r
}

// Pending is a buyer's sent request, holding the one-time reply key. It is
// used once, by one goroutine.
type Pending struct {
	key     hpke.PrivateKey
	request []byte
}

// NewRequest validates q and encrypts it, with a fresh reply key, to the
// enclave whose keys the caller took from a verified attestation
// (enclave.VerifyAttestation). It returns the ciphertext for the host to
// carry and the Pending that opens the reply. Errors: EINVALID for an
// invalid query or enclave key.
func NewRequest(keys enclave.PublicKeys, q query.Query) (*Pending, []byte, error) {
	if err := q.Validate(); err != nil {
		return nil, nil, err
	}
	key, err := replyKEM().GenerateKey()
	if err != nil {
		return nil, nil, fmt.Errorf("generate reply key: %w", err)
	}
	body, err := json.Marshal(request{Query: q, ReplyKEM: replyKEM().ID(), ReplyKey: key.PublicKey().Bytes()})
	if err != nil {
		return nil, nil, fmt.Errorf("encode request: %w", err)
	}
	framed, err := pad(body)
	if err != nil {
		return nil, nil, err
	}
	ct, err := enclave.EncryptTo(keys, []byte(requestInfo), framed)
	if err != nil {
		return nil, nil, err
	}
	return &Pending{key: key, request: ct}, ct, nil
}

// Open decrypts the enclave's reply to this request. Errors: EINTEGRITY
// for a reply not made for this request (altered, or for another one),
// EINVALID for a malformed reply or one that reports the query refused
// (with the enclave's message).
func (p *Pending) Open(ciphertext []byte) (*Reply, error) {
	framed, err := hpke.Open(p.key, replyKDF, replyAEAD, replyInfo(p.request), ciphertext)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "the private query reply was not made for this request")
	}
	body, err := unpad(framed)
	if err != nil {
		return nil, err
	}
	var r Reply
	if err := decodeStrict(body, &r); err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "the private query reply is malformed")
	}
	if r.Error != "" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "the enclave refused the query: %s", r.Error)
	}
	if len(r.Entries) != len(r.Answer.Hits) {
		return nil, datatrade.Errorf(datatrade.EINVALID, "the private query reply has %d entries for %d hits", len(r.Entries), len(r.Answer.Hits))
	}
	for i, h := range r.Answer.Hits {
		if r.Entries[i].Item.ID != h.ID || (r.Entries[i].Price != nil && r.Entries[i].Price.Sign() < 0) {
			return nil, datatrade.Errorf(datatrade.EINVALID, "the private query reply's entry %d does not match its hit", i)
		}
	}
	return &r, nil
}
