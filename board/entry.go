package board

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
)

// Kind says what a party announces about a trade.
type Kind uint8

// The kinds of notification of the broker flow. Values are part of the
// encoding: they are only ever added to.
const (
	KindSend    Kind = 1 // the seller sent the (encrypted) data
	KindReceive Kind = 2 // the buyer received it
	KindConfirm Kind = 3 // the buyer confirms it matches the listing
	KindDispute Kind = 4 // a party disputes the delivery
)

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case KindSend:
		return "send"
	case KindReceive:
		return "receive"
	case KindConfirm:
		return "confirm"
	case KindDispute:
		return "dispute"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

func (k Kind) valid() bool { return k >= KindSend && k <= KindDispute }

// EntryVersion is the version byte of the canonical entry encoding.
const EntryVersion = 1

// Sizes of the version-1 encoding.
const (
	bodySize  = 1 + 1 + 32 + common.AddressLength + common.HashLength + 8
	sigSize   = crypto.SignatureLength
	EntrySize = bodySize + sigSize // length of an encoded version-1 entry
)

// entryDomain separates entry digests from every other message the same
// key may sign (transactions, EIP-712 messages, checkpoints).
const entryDomain = "datatrade/board/entry/v1"

// Entry is one notification on the board: Party states that Kind happened
// for trade TradeID, about data whose hash is Content, at Time. Signature
// is Party's signature over Hash().
//
// The version-1 encoding (Marshal) is fixed-size, big-endian:
//
//	version(1)=1 | kind(1) | tradeID(32) | party(20) | content(32) | time(8, Unix ns) | signature(65, R||S||V, V=27/28)
type Entry struct {
	TradeID   *big.Int       // the Escrow trade id (uint256); never mutated
	Kind      Kind           // send, receive, confirm or dispute
	Party     common.Address // who makes the statement
	Content   common.Hash    // hash of what the statement is about
	Time      time.Time      // when the party made it (nanosecond precision)
	Signature []byte         // 65-byte [R || S || V] with V = 27 or 28
}

// body returns the canonical encoding of everything but the signature.
func (e Entry) body() ([]byte, error) {
	if !e.Kind.valid() {
		return nil, datatrade.Errorf(datatrade.EINVALID, "board entry: unknown kind %d", uint8(e.Kind))
	}
	if e.TradeID == nil || e.TradeID.Sign() < 0 || e.TradeID.BitLen() > 256 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "board entry: trade id must be a uint256")
	}
	if !e.Time.After(time.Unix(0, 0)) || e.Time.After(time.Unix(0, math.MaxInt64)) {
		return nil, datatrade.Errorf(datatrade.EINVALID, "board entry: time out of range")
	}
	b := make([]byte, 0, EntrySize)
	b = append(b, EntryVersion, byte(e.Kind))
	b = append(b, common.BigToHash(e.TradeID).Bytes()...)
	b = append(b, e.Party.Bytes()...)
	b = append(b, e.Content.Bytes()...)
	b = binary.BigEndian.AppendUint64(b, uint64(e.Time.UnixNano()))
	return b, nil
}

// Hash returns the digest the party signs: keccak256 of a domain tag and
// the encoding without the signature.
func (e Entry) Hash() (common.Hash, error) {
	b, err := e.body()
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash([]byte(entryDomain), b), nil
}

// Sign sets e.Signature with s, which must be the party's key.
func (e *Entry) Sign(s Signer) error {
	h, err := e.Hash()
	if err != nil {
		return err
	}
	sig, err := s.SignHash(h)
	if err != nil {
		return fmt.Errorf("sign board entry: %w", err)
	}
	e.Signature = sig
	return nil
}

// Verify checks that the entry is well formed and that its signature
// recovers to Party. It returns an EUNAUTHORIZED *datatrade.Error if not.
func (e Entry) Verify() error {
	h, err := e.Hash()
	if err != nil {
		return err
	}
	addr, err := recoverAddr(h, e.Signature)
	if err != nil {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "board entry: %v", err)
	}
	if addr != e.Party {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "board entry: signature is not by party %s", e.Party)
	}
	return nil
}

// Marshal returns the canonical version-1 encoding. The signature must be
// present (65 bytes); it is not checked here, Verify does that.
func (e Entry) Marshal() ([]byte, error) {
	b, err := e.body()
	if err != nil {
		return nil, err
	}
	if len(e.Signature) != sigSize {
		return nil, datatrade.Errorf(datatrade.EINVALID, "board entry: signature must be %d bytes, got %d", sigSize, len(e.Signature))
	}
	return append(b, e.Signature...), nil
}

// UnmarshalEntry decodes a canonical entry. It accepts exactly the bytes
// Marshal produces: any other length, version, kind or trailing byte is an
// EINVALID error. It does not check the signature (Verify does).
func UnmarshalEntry(b []byte) (Entry, error) {
	if len(b) == 0 {
		return Entry{}, datatrade.Errorf(datatrade.EINVALID, "board entry: empty")
	}
	if b[0] != EntryVersion {
		return Entry{}, datatrade.Errorf(datatrade.EINVALID, "board entry: unknown version %d", b[0])
	}
	if len(b) != EntrySize {
		return Entry{}, datatrade.Errorf(datatrade.EINVALID, "board entry: %d bytes, want %d", len(b), EntrySize)
	}
	e := Entry{Kind: Kind(b[1])}
	if !e.Kind.valid() {
		return Entry{}, datatrade.Errorf(datatrade.EINVALID, "board entry: unknown kind %d", b[1])
	}
	p := 2
	e.TradeID = new(big.Int).SetBytes(b[p : p+32])
	p += 32
	e.Party = common.BytesToAddress(b[p : p+common.AddressLength])
	p += common.AddressLength
	e.Content = common.BytesToHash(b[p : p+common.HashLength])
	p += common.HashLength
	ns := int64(binary.BigEndian.Uint64(b[p : p+8]))
	p += 8
	if ns <= 0 {
		return Entry{}, datatrade.Errorf(datatrade.EINVALID, "board entry: time out of range")
	}
	e.Time = time.Unix(0, ns).UTC()
	e.Signature = append([]byte(nil), b[p:]...)
	return e, nil
}

// recoverAddr returns the address whose key made sig over h. It accepts
// only canonical signatures: V = 27 or 28 and a low S, so that one
// statement has one encoding.
func recoverAddr(h common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != sigSize {
		return common.Address{}, fmt.Errorf("signature must be %d bytes, got %d", sigSize, len(sig))
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("signature V must be 27 or 28")
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v-27, r, s, true) {
		return common.Address{}, fmt.Errorf("signature is not canonical")
	}
	rs := append(append([]byte(nil), sig[:64]...), v-27)
	pub, err := crypto.SigToPub(h[:], rs)
	if err != nil {
		return common.Address{}, fmt.Errorf("signature does not recover: %v", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
