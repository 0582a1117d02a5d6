package exchange

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/lightclient"
)

// Defaults of Options.
const (
	DefaultDeliveryValidity = time.Hour
	DefaultMaxSample        = 16
	// DefaultChunkSize is the chunk size of the buyer's ciphertext.
	DefaultChunkSize = 64 << 10
	// DefaultMaxDataSize bounds the ciphertext CheckData accepts: the
	// verified plaintext is held in enclave memory.
	DefaultMaxDataSize = 1 << 30
)

// Purposes of the keys the enclave wraps to the buyer.
const (
	PurposeSample   = "exchange-sample"
	PurposeDelivery = "exchange-delivery"
)

// Trade is the enclave's record of a trade, taken from the verified
// TradeOpened event: the snapshot that later statements are checked against.
type Trade struct {
	ID          uint64         `json:"trade_id"`
	Listing     uint64         `json:"listing_id"`
	Buyer       common.Address `json:"buyer"`
	Seller      common.Address `json:"seller"`
	Price       *big.Int       `json:"price"`
	FeeDeposit  *big.Int       `json:"fee_deposit"`
	Root        common.Hash    `json:"root"`
	Exchanges   []uint64       `json:"exchange_ids"`
	Deadline    uint64         `json:"deadline"`
	BuyerPubKey []byte         `json:"buyer_pub_key"`
}

// RecordDigest is the digest an enclave signs over its record of trade t as
// exchange: the seller (DESIGN.md §4 step 4) checks it before handing over
// the key.
func RecordDigest(cfg *enclave.Config, exchange uint64, t *Trade) common.Hash {
	ids := make([]byte, 0, 32*len(t.Exchanges))
	for _, id := range t.Exchanges {
		ids = append(ids, u64Word(id)...)
	}
	return statementDigest(cfg, "trade-record", u64Word(exchange), u64Word(t.ID), u64Word(t.Listing),
		t.Buyer.Bytes(), t.Seller.Bytes(), bigWord(t.Price), bigWord(t.FeeDeposit), t.Root.Bytes(), ids,
		u64Word(t.Deadline), t.BuyerPubKey)
}

// VerifyRecord is the seller's check of an enclave's trade record
// (DESIGN.md §4 step 4): the record's digest must be RecordDigest of its
// contents under cfg (the attested configuration) and its signature must
// recover to enclaveAddr (the attested signing address). The caller then
// compares the trade (listing, price, buyer) with its own policy. Errors are
// EINTEGRITY.
func VerifyRecord(cfg *enclave.Config, enclaveAddr common.Address, rec *TradeRecord) error {
	if rec == nil || rec.Trade.Price == nil || rec.Trade.FeeDeposit == nil {
		return datatrade.Errorf(datatrade.EINTEGRITY, "incomplete trade record")
	}
	if d := RecordDigest(cfg, rec.Exchange, &rec.Trade); d != rec.Digest {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the trade record does not match its digest")
	}
	signer, err := recoverAddress(rec.Digest, rec.Signature)
	if err != nil || signer != enclaveAddr {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the trade record is not signed by the enclave %s", enclaveAddr)
	}
	return nil
}

// ReadyDigest is the digest of the statement that exchange holds data for
// the trade that matches root.
func ReadyDigest(cfg *enclave.Config, exchange, tradeID uint64, root common.Hash) common.Hash {
	return statementDigest(cfg, "ready", u64Word(exchange), u64Word(tradeID), root.Bytes())
}

// HandOverInfo is the HPKE info of a seller's hand-over: it binds the chain
// id, the Escrow, the trade id and the enclave's keys, so a wrapping made
// for one trade or enclave opens nowhere else.
func HandOverInfo(cfg *enclave.Config, tradeID uint64, keys enclave.PublicKeys) []byte {
	b := []byte("datatrade/exchange/hand-over/v1\x00")
	b = append(b, u64Word(cfg.ChainID)...)
	b = append(b, cfg.Escrow.Bytes()...)
	b = append(b, u64Word(tradeID)...)
	b = append(b, keys.SigningAddress.Bytes()...)
	b = append(b, byte(keys.HPKEKEM>>8), byte(keys.HPKEKEM))
	return append(b, keys.HPKEPublicKey...)
}

// HandOverDigest is the digest the listing's owner signs over a wrapped
// hand-over for tradeID to the enclave with signing address enclaveAddr.
func HandOverDigest(cfg *enclave.Config, tradeID uint64, enclaveAddr common.Address, wrapped []byte) common.Hash {
	return statementDigest(cfg, "hand-over", u64Word(tradeID), enclaveAddr.Bytes(), crypto.Keccak256(wrapped))
}

// WrapSecrets is the seller's side of the hand-over (DESIGN.md §4 step 5):
// it encrypts s to the attested enclave keys under HandOverInfo and signs the
// result with the listing owner's key. The caller must have verified the
// enclave's attestation and its signed trade record first.
func WrapSecrets(cfg *enclave.Config, keys enclave.PublicKeys, tradeID uint64, s envelope.Secrets, owner *ecdsa.PrivateKey) (wrapped, signature []byte, err error) {
	pt, err := s.MarshalBinary()
	if err != nil {
		return nil, nil, err
	}
	defer clear(pt)
	wrapped, err = enclave.EncryptTo(keys, HandOverInfo(cfg, tradeID, keys), pt)
	if err != nil {
		return nil, nil, err
	}
	d := HandOverDigest(cfg, tradeID, keys.SigningAddress, wrapped)
	signature, err = crypto.Sign(d[:], owner)
	if err != nil {
		return nil, nil, fmt.Errorf("sign hand-over: %w", err)
	}
	return wrapped, signature, nil
}

// Signed is a statement with the enclave's 65-byte signature (V = 27 or 28,
// as Solidity's ecrecover wants).
type Signed struct {
	Digest    common.Hash `json:"digest"`
	Signature []byte      `json:"signature"`
}

// TradeRecord is the enclave-signed record of a trade (RecordDigest).
type TradeRecord struct {
	Trade    Trade  `json:"trade"`
	Exchange uint64 `json:"exchange_id"`
	Signed
}

// SellerFault is a signed SellerFault statement (SellerFaultDigest).
type SellerFault struct {
	TradeID    uint64      `json:"trade_id"`
	Exchange   uint64      `json:"exchange_id"`
	Root       common.Hash `json:"root"`
	ChunkIndex uint64      `json:"chunk_index"`
	Signed
}

// SampleChunk is one sample chunk for the buyer: chunk and Merkle proof,
// wrapped together to the buyer's key (PurposeSample).
type SampleChunk struct {
	Index   uint64 `json:"index"`
	Wrapped []byte `json:"wrapped"`
}

// Sample is the listing's sample for a trade plus the enclave's signed
// SampleReceipt.
type Sample struct {
	Chunks  []SampleChunk `json:"chunks"`
	Receipt Signed        `json:"receipt"`
}

// SignedDelivery is a Delivery with the enclave's signature.
type SignedDelivery struct {
	Delivery Delivery `json:"delivery"`
	Signed
}

// Options configure a Program.
type Options struct {
	// Factotum holds the enclave's keys and attested configuration.
	Factotum *enclave.Factotum
	// Chain verifies chain evidence; LightClient in production.
	Chain EvidenceVerifier
	// Exchange is this exchange's id in the registry. The host chooses it:
	// a wrong id only makes the enclave's statements worthless (Escrow
	// checks them against the snapshot of the named exchange), and the
	// enclave refuses trades that do not name it.
	Exchange uint64
	// Rand supplies fresh data keys (crypto/rand.Reader in production).
	Rand io.Reader
	// Now is the clock; time.Now if nil.
	Now func() time.Time
	// DeliveryValidity is how long a Delivery statement stays valid.
	DeliveryValidity time.Duration
	// MaxSample caps the sample chunks served per trade.
	MaxSample int
	// ChunkSize is the chunk size of the buyer's ciphertext.
	ChunkSize int
	// MaxDataSize bounds the seller's ciphertext (DefaultMaxDataSize).
	MaxDataSize int64
}

type state int

const (
	stateOpen       state = iota // opened, waiting for the hand-over
	stateHandedOver              // secrets held, data not checked
	stateVerified                // data checked against R
	stateFaulty                  // data does not match R
	stateCommitted               // buyer's ciphertext made, wrapped key held
)

type pending struct {
	t       Trade
	state   state
	secrets envelope.Secrets
	tree    *envelope.Tree
	data    []byte // verified plaintext
	wrapped []byte // buyer's wrapped K_D, after Commit
	cidHash common.Hash
	cidName string // the CID cidHash hashes, while the data is held
	// prepared is set once K_D, the dataset id and the ciphertext's CID are
	// fixed (Prepare before payment, or Commit).
	prepared bool
	seed     common.Hash        // the listing's sample seed, once verified
	kd       envelope.DataKey   // the buyer's data key K_D, after Commit
	dsid     envelope.DatasetID // the buyer's ciphertext's dataset id
}

// Program is the trusted trading program. It is safe for concurrent use.
type Program struct {
	f         *enclave.Factotum
	cfg       enclave.Config
	chain     EvidenceVerifier
	exchange  uint64
	rand      io.Reader
	now       func() time.Time
	validity  time.Duration
	maxSample int
	chunkSize int
	maxData   int64

	mu     sync.Mutex
	trades map[uint64]*pending
}

// New returns a Program with an empty pending table.
func New(opts Options) (*Program, error) {
	if opts.Factotum == nil || opts.Chain == nil || opts.Rand == nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "exchange program: factotum, chain verifier and randomness are required")
	}
	p := &Program{
		f: opts.Factotum, cfg: opts.Factotum.Config(), chain: opts.Chain, exchange: opts.Exchange,
		rand: opts.Rand, now: opts.Now, validity: opts.DeliveryValidity, maxSample: opts.MaxSample,
		chunkSize: opts.ChunkSize, maxData: opts.MaxDataSize, trades: map[uint64]*pending{},
	}
	if p.maxData <= 0 {
		p.maxData = DefaultMaxDataSize
	}
	if p.now == nil {
		p.now = time.Now
	}
	if p.validity <= 0 {
		p.validity = DefaultDeliveryValidity
	}
	if p.maxSample <= 0 {
		p.maxSample = DefaultMaxSample
	}
	if p.chunkSize <= 0 {
		p.chunkSize = DefaultChunkSize
	}
	return p, nil
}

// sign signs a digest this program computed and returns it with V+27.
func (p *Program) sign(d common.Hash) (Signed, error) {
	sig, err := p.f.SignDigest(d)
	if err != nil {
		return Signed{}, err
	}
	sig[64] += 27
	return Signed{Digest: d, Signature: sig}, nil
}

func (p *Program) get(tradeID uint64) (*pending, error) {
	t, ok := p.trades[tradeID]
	if !ok {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "trade %d is not in this exchange's pending table", tradeID)
	}
	return t, nil
}

// OpenTrade verifies the TradeOpened event of tradeID from chain evidence
// (DESIGN.md §4 step 3) and adds the trade to the pending table.
//
// Security contract: it signs, for the seller, a record of exactly what the
// final, authenticated event from the attested Escrow says (RecordDigest);
// nothing in it comes from the host. It refuses evidence that does not
// verify, an event from any other contract or for another trade, a trade
// that does not name this exchange, a buyer key that does not parse, and a
// trade already in the table (so a replay cannot reset its state).
func (p *Program) OpenTrade(tradeID uint64, evidence []byte) (*TradeRecord, error) {
	r, err := p.chain.VerifyEvidence(evidence)
	if err != nil {
		return nil, fmt.Errorf("trade %d opening: %w", tradeID, err)
	}
	l, err := lightclient.MatchEvent(r, p.cfg.Escrow, topicTradeOpened, new(big.Int).SetUint64(tradeID), nil)
	if err != nil {
		return nil, err
	}
	t, err := decodeTradeOpened(l, tradeID)
	if err != nil {
		return nil, err
	}
	named := false
	for _, id := range t.Exchanges {
		named = named || id == p.exchange
	}
	if !named {
		return nil, datatrade.Errorf(datatrade.EUNAUTHORIZED, "trade %d does not name exchange %d", tradeID, p.exchange)
	}
	if _, err := envelope.ParsePublicKey(t.BuyerPubKey); err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "trade %d: the buyer's public key does not parse", tradeID)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.trades[tradeID]; ok {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d is already open", tradeID)
	}
	s, err := p.sign(RecordDigest(&p.cfg, p.exchange, t))
	if err != nil {
		return nil, err
	}
	p.trades[tradeID] = &pending{t: *t}
	return &TradeRecord{Trade: cloneTrade(t), Exchange: p.exchange, Signed: s}, nil
}

func cloneTrade(t *Trade) Trade {
	c := *t
	c.Price = new(big.Int).Set(t.Price)
	c.FeeDeposit = new(big.Int).Set(t.FeeDeposit)
	c.Exchanges = append([]uint64(nil), t.Exchanges...)
	c.BuyerPubKey = append([]byte(nil), t.BuyerPubKey...)
	return c
}

// Trade returns the enclave's record of an open trade.
func (p *Program) Trade(tradeID uint64) (Trade, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	t, err := p.get(tradeID)
	if err != nil {
		return Trade{}, err
	}
	return cloneTrade(&t.t), nil
}

// HandOver takes the seller's data key and listing salt for tradeID
// (DESIGN.md §4 step 5): wrapped as WrapSecrets makes it, signed by the
// trade's seller over HandOverDigest.
//
// Security contract: it signs nothing. It decrypts only a message whose
// owner signature recovers to the seller in the verified trade record and
// whose HPKE info binds this chain, Escrow, trade and enclave; the secrets
// never leave the enclave in the clear. It refuses a hand-over signed by
// anyone else (EUNAUTHORIZED), one that does not open (EINTEGRITY), and a
// second hand-over once data has been checked.
func (p *Program) HandOver(tradeID uint64, wrapped, ownerSignature []byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	t, err := p.get(tradeID)
	if err != nil {
		return err
	}
	if t.state > stateHandedOver {
		return datatrade.Errorf(datatrade.ECONFLICT, "trade %d: data already checked", tradeID)
	}
	keys := p.f.PublicKeys()
	d := HandOverDigest(&p.cfg, tradeID, keys.SigningAddress, wrapped)
	signer, err := recoverAddress(d, ownerSignature)
	if err != nil {
		return err
	}
	if signer != t.t.Seller {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "trade %d: the hand-over is signed by %s, not by the seller %s", tradeID, signer, t.t.Seller)
	}
	pt, err := p.f.Decrypt(HandOverInfo(&p.cfg, tradeID, keys), wrapped)
	if err != nil {
		return err
	}
	defer clear(pt)
	var s envelope.Secrets
	if err := s.UnmarshalBinary(pt); err != nil {
		return err
	}
	t.secrets, t.state = s, stateHandedOver
	return nil
}

// recoverAddress returns the address that signed digest d (V 0/1 or 27/28).
func recoverAddress(d common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, datatrade.Errorf(datatrade.EINVALID, "a signature is 65 bytes, not %d", len(sig))
	}
	s := append([]byte(nil), sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.SigToPub(d[:], s)
	if err != nil {
		return common.Address{}, datatrade.Errorf(datatrade.EINVALID, "malformed signature")
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// CheckData decrypts the seller's ciphertext (size bytes in r) with the
// handed-over data key and checks every chunk against the trade's root R
// with the listing salt (DESIGN.md §4 step 5). On success the verified
// plaintext stays in the enclave and CheckData returns (nil, nil).
//
// Security contract: it signs a SellerFault statement, for Escrow (a full
// refund to the buyer), only when every chunk decrypts and authenticates
// under the seller's own key and yet the data does not hash to R: the
// seller committed to R and handed over this key, so the mismatch is the
// seller's. If decryption fails anywhere it signs nothing and returns an
// EINTEGRITY error — the host could have supplied wrong bytes to frame the
// seller. The statement's chunk index is the number of chunks when the
// mismatch cannot be placed on one chunk (only R is known on chain).
// Ciphertexts over Options.MaxDataSize are refused with EINVALID.
func (p *Program) CheckData(ctx context.Context, tradeID uint64, r io.ReaderAt, size int64) (*SellerFault, error) {
	p.mu.Lock()
	t, err := p.get(tradeID)
	if err == nil && t.state != stateHandedOver {
		err = datatrade.Errorf(datatrade.ECONFLICT, "trade %d: no fresh hand-over to check", tradeID)
	}
	var s envelope.Secrets
	var root common.Hash
	if err == nil {
		s, root = t.secrets, t.t.Root
	}
	p.mu.Unlock()
	if err != nil {
		return nil, err
	}
	if size > p.maxData {
		return nil, datatrade.Errorf(datatrade.EINVALID, "trade %d: the ciphertext is %d bytes, more than this exchange takes (%d)", tradeID, size, p.maxData)
	}
	chunks, err := envelope.OpenChunks(r, size, s.DataKey)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "trade %d: the ciphertext does not open with the seller's key: %v", tradeID, err)
	}
	var data bytes.Buffer
	for i := range chunks.Len() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		c, err := chunks.Chunk(i)
		if err != nil {
			return nil, datatrade.Errorf(datatrade.EINTEGRITY, "trade %d: chunk %d does not decrypt with the seller's key: %v", tradeID, i, err)
		}
		data.Write(c)
	}
	tree, err := envelope.BuildTree(ctx, bytes.NewReader(data.Bytes()), s.ListingSalt, chunks.Header().ChunkSize)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if cur, ok := p.trades[tradeID]; !ok || cur != t || t.state != stateHandedOver || t.secrets != s {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d changed during the check", tradeID)
	}
	if common.Hash(tree.Commitment().Root) != root {
		t.state = stateFaulty
		idx := chunks.Len()
		sig, err := p.sign(SellerFaultDigest(&p.cfg, tradeID, p.exchange, root, idx))
		if err != nil {
			return nil, err
		}
		return &SellerFault{TradeID: tradeID, Exchange: p.exchange, Root: root, ChunkIndex: idx, Signed: sig}, nil
	}
	t.tree, t.data, t.state = tree, data.Bytes(), stateVerified
	return nil, nil
}

// Ready returns the signed statement that this exchange holds data for the
// trade that matches R (ReadyDigest), for the buyer, who pays only after it.
//
// Security contract: signed only after CheckData verified every chunk
// against R; refused otherwise.
func (p *Program) Ready(tradeID uint64) (Signed, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	t, err := p.get(tradeID)
	if err != nil {
		return Signed{}, err
	}
	if t.state != stateVerified && t.state != stateCommitted {
		return Signed{}, datatrade.Errorf(datatrade.ECONFLICT, "trade %d: data not verified", tradeID)
	}
	return p.sign(ReadyDigest(&p.cfg, p.exchange, tradeID, t.t.Root))
}

// FixSample verifies from chain evidence the Market's SampleFixed event of
// the trade's listing and keeps its seed: the sample set is then the one the
// Market computes (SampleIndices), the same for every buyer of the listing.
//
// Security contract: it signs nothing. It refuses unverified or non-final
// evidence, an event from any contract but the attested Market, for another
// listing, or with a zero seed.
func (p *Program) FixSample(tradeID uint64, evidence []byte) error {
	p.mu.Lock()
	t, err := p.get(tradeID)
	var listing uint64
	if err == nil {
		listing = t.t.Listing
	}
	p.mu.Unlock()
	if err != nil {
		return err
	}
	r, err := p.chain.VerifyEvidence(evidence)
	if err != nil {
		return fmt.Errorf("trade %d sample seed: %w", tradeID, err)
	}
	l, err := lightclient.MatchEvent(r, p.cfg.Market, topicSampleFixed, new(big.Int).SetUint64(listing), nil)
	if err != nil {
		return err
	}
	if len(l.Data) != 32 || common.BytesToHash(l.Data) == (common.Hash{}) {
		return datatrade.Errorf(datatrade.EINTEGRITY, "malformed SampleFixed event for listing %d", listing)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	t.seed = common.BytesToHash(l.Data)
	return nil
}

// Sample returns the listing's fixed sample chunks (SampleIndices of the
// seed verified by FixSample over the verified data's chunk count), each
// with its Merkle proof against R, wrapped to the buyer's key from the trade
// record, and a signed SampleReceipt for Escrow (DESIGN.md §4 step 6).
//
// Security contract: chunks go only to the buyer's key as recorded on
// chain, never in the clear, and only the chunks of the listing's fixed
// sample set, so repeated trades cannot harvest more. The SampleReceipt is
// signed, for Escrow (it pays this exchange the fee if the buyer cancels),
// only when the sample was produced. It refuses trades whose data is not
// verified or whose seed is not known, and (ECONFLICT) trades committed
// before a restart, whose plaintext the enclave no longer holds.
func (p *Program) Sample(tradeID uint64) (*Sample, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	t, err := p.get(tradeID)
	if err != nil {
		return nil, err
	}
	if t.state != stateVerified && t.state != stateCommitted {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d: data not verified", tradeID)
	}
	if t.tree == nil || t.data == nil {
		// Committed before a restart: the verified plaintext the sample is
		// cut from was not sealed, and a committed trade takes no new
		// hand-over.
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d: the verified data is no longer held (committed before a restart); no sample", tradeID)
	}
	if t.seed == (common.Hash{}) {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d: the listing's sample seed is not verified", tradeID)
	}
	leaves := t.tree.Commitment().Leaves()
	if leaves > 1<<32-1 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "trade %d: too many chunks for a sample", tradeID)
	}
	indices := SampleIndices(t.seed, uint32(leaves))
	if len(indices) > p.maxSample {
		indices = indices[:p.maxSample]
	}
	buyer, err := envelope.ParsePublicKey(t.t.BuyerPubKey)
	if err != nil {
		return nil, err
	}
	com := t.tree.Commitment()
	out := &Sample{Chunks: []SampleChunk{}}
	for _, i := range indices {
		proof, err := t.tree.Prove(i)
		if err != nil {
			return nil, err
		}
		pb, err := proof.MarshalBinary()
		if err != nil {
			return nil, err
		}
		start := i * uint64(com.ChunkSize)
		end := min(start+uint64(com.ChunkSize), uint64(len(t.data)))
		payload := EncodeSampleChunk(pb, t.data[start:end])
		w, err := envelope.Wrap(buyer, p.wrapContext(tradeID, PurposeSample), payload)
		if err != nil {
			return nil, err
		}
		out.Chunks = append(out.Chunks, SampleChunk{Index: i, Wrapped: w})
	}
	out.Receipt, err = p.sign(SampleReceiptDigest(&p.cfg, tradeID, p.exchange))
	if err != nil {
		return nil, err
	}
	return out, nil
}

// EncodeSampleChunk is the plaintext of a wrapped sample chunk: the proof's
// length (4 bytes big-endian), the proof (envelope.Proof.MarshalBinary), the
// chunk.
func EncodeSampleChunk(proof, chunk []byte) []byte {
	b := make([]byte, 0, 4+len(proof)+len(chunk))
	b = append(b, byte(len(proof)>>24), byte(len(proof)>>16), byte(len(proof)>>8), byte(len(proof)))
	b = append(b, proof...)
	return append(b, chunk...)
}

// DecodeSampleChunk splits EncodeSampleChunk's output; errors are EINVALID.
func DecodeSampleChunk(b []byte) (envelope.Proof, []byte, error) {
	var p envelope.Proof
	if len(b) < 4 {
		return p, nil, datatrade.Errorf(datatrade.EINVALID, "malformed sample chunk")
	}
	n := uint64(b[0])<<24 | uint64(b[1])<<16 | uint64(b[2])<<8 | uint64(b[3])
	if n > uint64(len(b)-4) {
		return p, nil, datatrade.Errorf(datatrade.EINVALID, "malformed sample chunk")
	}
	if err := p.UnmarshalBinary(b[4 : 4+n]); err != nil {
		return p, nil, err
	}
	return p, b[4+n:], nil
}

func (p *Program) wrapContext(tradeID uint64, purpose string) envelope.WrapContext {
	c := envelope.WrapContext{ChainID: p.cfg.ChainID, Contract: p.cfg.Escrow, Purpose: purpose}
	copy(c.TradeID[:], u64Word(tradeID))
	return c
}

// Commit verifies the buyer's payment of the trade's price from chain
// evidence (TradePaid) and wraps to the buyer's key the fresh key K_D of
// the ciphertext Prepare made, together with the listing salt so the buyer
// can check every chunk against R (DESIGN.md §4 step 8). It returns that
// ciphertext for the host to store; SignDelivery then signs the Delivery
// naming its CID.
//
// Security contract: it signs nothing. It refuses unverified or non-final
// payment evidence, a payment of another amount or from another contract,
// and trades whose data is not verified. K_D never leaves the enclave
// except wrapped to the buyer, and the wrapped key only through Reveal.
// Calling Commit again on a committed trade returns the same ciphertext
// (while the data is held, i.e. not after a restart).
func (p *Program) Commit(ctx context.Context, tradeID uint64, paymentEvidence []byte) ([]byte, error) {
	p.mu.Lock()
	t, err := p.get(tradeID)
	var price *big.Int
	if err == nil {
		switch {
		case t.state == stateCommitted && t.data != nil:
			// A retry (the host lost the ciphertext): the same key and
			// dataset id give the same bytes.
			defer p.mu.Unlock()
			return p.encryptForBuyer(ctx, t)
		case t.state != stateVerified:
			err = datatrade.Errorf(datatrade.ECONFLICT, "trade %d: data not verified, or committed before a restart", tradeID)
		default:
			price = new(big.Int).Set(t.t.Price)
		}
	}
	p.mu.Unlock()
	if err != nil {
		return nil, err
	}
	r, err := p.chain.VerifyEvidence(paymentEvidence)
	if err != nil {
		return nil, fmt.Errorf("trade %d payment: %w", tradeID, err)
	}
	if _, err := lightclient.MatchEvent(r, p.cfg.Escrow, topicTradePaid, new(big.Int).SetUint64(tradeID), lightclient.WantWord(0, price)); err != nil {
		return nil, err
	}
	// The ciphertext is the one Prepare named (the IPFS CID the enclave
	// computed itself), so the Delivery signed later can only name these
	// bytes: a host that stores or names anything else gets no statement.
	ct, _, err := p.Prepare(ctx, tradeID)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if cur, ok := p.trades[tradeID]; !ok || cur != t || t.state != stateVerified {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d changed during the commit", tradeID)
	}
	buyer, err := envelope.ParsePublicKey(t.t.BuyerPubKey)
	if err != nil {
		return nil, err
	}
	// The buyer gets K_D and the listing salt (envelope.Secrets), so that it
	// can check every delivered chunk against R itself; the salt travels
	// only with the data, as DESIGN.md §4 says.
	secret, err := envelope.Secrets{DataKey: t.kd, ListingSalt: t.secrets.ListingSalt}.MarshalBinary()
	if err != nil {
		return nil, err
	}
	defer clear(secret)
	wrapped, err := envelope.Wrap(buyer, p.wrapContext(tradeID, PurposeDelivery), secret)
	if err != nil {
		return nil, err
	}
	t.wrapped, t.state = wrapped, stateCommitted
	return ct, nil
}

// encryptForBuyer seals t's verified data under K_D. p.mu is held.
func (p *Program) encryptForBuyer(ctx context.Context, t *pending) ([]byte, error) {
	var ct bytes.Buffer
	ct.Grow(int(envelope.SealedSize(int64(len(t.data)), p.chunkSize)))
	if _, _, err := envelope.Encrypt(ctx, &ct, bytes.NewReader(t.data), t.kd, envelope.WriterOptions{ChunkSize: p.chunkSize, DatasetID: t.dsid}); err != nil {
		return nil, err
	}
	return ct.Bytes(), nil
}

// SignDelivery signs the EIP-712 Delivery of a committed trade for Escrow,
// binding the hash of ciphertextCID and the hash of the wrapped key.
//
// Security contract: signed only after Commit verified the payment; every
// field comes from the verified trade record or the enclave itself. The
// host passes the CID it stored Commit's ciphertext under, and the enclave
// signs only the CID it computed itself from those bytes (the IPFS name
// under the store's pinned import settings, unixfs.DefaultParams): a host
// that names another blob gets EINTEGRITY, never a statement for it.
// validUntil is the host's clock plus Options.DeliveryValidity, never past
// the trade's deadline.
func (p *Program) SignDelivery(tradeID uint64, ciphertextCID string) (*SignedDelivery, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	t, err := p.get(tradeID)
	if err != nil {
		return nil, err
	}
	if t.state != stateCommitted {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d is not committed", tradeID)
	}
	if ciphertextCID == "" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "no ciphertext CID")
	}
	h := crypto.Keccak256Hash([]byte(ciphertextCID))
	if t.cidHash != h {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "trade %d: %.80q is not the ciphertext this enclave made (store it under the default import settings)", tradeID, ciphertextCID)
	}
	d := Delivery{
		TradeID: tradeID, Buyer: t.t.Buyer, Seller: t.t.Seller, Price: new(big.Int).Set(t.t.Price),
		Exchange: p.exchange, Root: t.t.Root, CiphertextCIDHash: h, WrappedKeyHash: crypto.Keccak256Hash(t.wrapped),
		ValidUntil: min(uint64(max(p.now().Add(p.validity).Unix(), 0)), t.t.Deadline),
	}
	s, err := p.sign(DeliveryDigest(&p.cfg, d))
	if err != nil {
		return nil, err
	}
	return &SignedDelivery{Delivery: d, Signed: s}, nil
}

// Reveal returns the buyer's wrapped key once evidence shows this
// exchange's TradeCommitted event for the trade, with this wrapped key's
// hash, in a final block (DESIGN.md §4 step 9).
//
// Security contract: it signs nothing and releases only the key wrapped to
// the buyer. It refuses evidence that is not final (the light client's
// ECONFLICT), a commit by another exchange, and a commit of another wrapped
// key; so a buyer cannot see the key while a refund could still win.
func (p *Program) Reveal(tradeID uint64, commitEvidence []byte) ([]byte, error) {
	p.mu.Lock()
	t, err := p.get(tradeID)
	var want common.Hash
	if err == nil {
		if t.state != stateCommitted {
			err = datatrade.Errorf(datatrade.ECONFLICT, "trade %d is not committed", tradeID)
		} else {
			want = crypto.Keccak256Hash(t.wrapped)
		}
	}
	p.mu.Unlock()
	if err != nil {
		return nil, err
	}
	r, err := p.chain.VerifyEvidence(commitEvidence)
	if err != nil {
		return nil, fmt.Errorf("trade %d commit: %w", tradeID, err)
	}
	ex := common.BigToHash(new(big.Int).SetUint64(p.exchange))
	check := func(l *types.Log) error {
		if len(l.Topics) != 3 || l.Topics[2] != ex {
			return datatrade.Errorf(datatrade.EINTEGRITY, "committed by another exchange")
		}
		args, err := tradeCommittedData()
		if err != nil {
			return err
		}
		vals, err := args.Unpack(l.Data)
		if err != nil || len(vals) != 3 {
			return datatrade.Errorf(datatrade.EINTEGRITY, "malformed TradeCommitted data")
		}
		if h, ok := vals[1].([32]byte); !ok || common.Hash(h) != want {
			return datatrade.Errorf(datatrade.EINTEGRITY, "the commit names another wrapped key")
		}
		return nil
	}
	if _, err := lightclient.MatchEvent(r, p.cfg.Escrow, topicTradeCommitted, new(big.Int).SetUint64(tradeID), check); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]byte(nil), t.wrapped...), nil
}

// Forget removes a trade and its secrets and data from the enclave
// (DESIGN.md §4 step 12). It signs nothing; forgetting an unknown trade is
// not an error. The host decides when: forgetting early only stops this
// exchange from serving the trade, which the host can do anyway (a buyer
// who paid is then refunded after the deadline, or compensated from stake
// after a commit).
func (p *Program) Forget(tradeID uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if t, ok := p.trades[tradeID]; ok {
		clear(t.secrets.DataKey[:])
		clear(t.secrets.ListingSalt[:])
		clear(t.data)
		clear(t.kd[:])
		delete(p.trades, tradeID)
	}
}
