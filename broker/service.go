package broker

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/board"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/market"
)

// Config configures a Service.
type Config struct {
	// Market is the deployment's client; its Broker is the one served.
	Market *market.Client
	// Platform is the platform's account: it sends the platform's
	// transactions and must be the key that signs the Board's checkpoints.
	Platform *chain.Account
	// Board is the send-receive board.
	Board *board.Log
	// Catalog is the data-contract table (consistency checks).
	Catalog *catalog.Catalog
	// Key is the platform's HPKE key: sellers seal dispute uploads to it.
	Key *envelope.PrivateKey
	// Dir holds relayed bundles and anchored checkpoints.
	Dir string
	// Rand is the randomness for re-sealing uploads (crypto/rand if nil).
	Rand io.Reader
	// Now is the clock (time.Now if nil).
	Now func() time.Time
	// Logger (discard if nil).
	Logger *slog.Logger
}

// Service is the platform's broker service. It is safe for concurrent use.
type Service struct {
	cfg     Config
	b       *market.Broker
	d       market.Deployment
	log     *slog.Logger
	anchor  *ChainAnchor
	mu      sync.Mutex // serialises the steps of trades and the board's anchoring
	dataset map[uint64]string
	dsMu    sync.RWMutex
}

// New returns a Service. Errors: EINVALID for a missing part,
// EUNAVAILABLE when the deployment has no Broker.
func New(cfg Config) (*Service, error) {
	if cfg.Market == nil || cfg.Platform == nil || cfg.Board == nil || cfg.Catalog == nil || cfg.Key == nil || cfg.Dir == "" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "the broker service needs a market client, the platform account, a board, a catalog, an HPKE key and a directory")
	}
	b, err := cfg.Market.Broker()
	if err != nil {
		return nil, err
	}
	if cfg.Rand == nil {
		cfg.Rand = rand.Reader
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	lg := cfg.Logger
	if lg == nil {
		lg = slog.New(slog.DiscardHandler)
	}
	for _, sub := range []string{"deliveries", "checkpoints", "keys", "posted"} {
		if err := os.MkdirAll(filepath.Join(cfg.Dir, sub), 0o700); err != nil {
			return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot create the broker directory %s: %v", cfg.Dir, err)
		}
	}
	s := &Service{cfg: cfg, b: b, d: cfg.Market.Deployment(), log: lg, dataset: map[uint64]string{}}
	s.anchor = NewChainAnchor(b, cfg.Platform)
	return s, nil
}

// Info is what a client needs to talk to the platform.
type Info struct {
	ChainID     uint64         `json:"chainId"`
	Broker      common.Address `json:"broker"`
	BoardAnchor common.Address `json:"boardAnchor"`
	Platform    common.Address `json:"platform"`
	// Key is the platform's HPKE public key (hex): dispute uploads are
	// sealed to it.
	Key       string `json:"key"`
	BoardSize uint64 `json:"boardSize"`
	Threshold string `json:"consistencyThreshold"`
}

// Info describes the service.
func (s *Service) Info() Info {
	return Info{ChainID: s.d.ChainID, Broker: s.d.Broker, BoardAnchor: s.d.BoardAnchor, Platform: s.cfg.Platform.Address,
		Key: s.cfg.Key.Public().String(), BoardSize: s.cfg.Board.Size(), Threshold: s.cfg.Catalog.Threshold().String()}
}

// Broker returns the chain API the service uses.
func (s *Service) Broker() *market.Broker { return s.b }

// ---- buyer keys ----

// BuyerKey is a buyer's HPKE public key for one trade, signed by the buyer.
type BuyerKey struct {
	TradeID   uint64        `json:"tradeId"`
	Key       hexutil.Bytes `json:"key"`
	Signature hexutil.Bytes `json:"signature"`
}

const buyerKeyDomain = "datatrade/broker/buyer-key/v1"

// BuyerKeyDigest is what the buyer signs: keccak256(domain ‖ chain id (8) ‖
// broker ‖ trade id (8) ‖ key).
func BuyerKeyDigest(chainID uint64, broker common.Address, tradeID uint64, key []byte) common.Hash {
	var n [16]byte
	binary.BigEndian.PutUint64(n[:8], chainID)
	binary.BigEndian.PutUint64(n[8:], tradeID)
	return crypto.Keccak256Hash([]byte(buyerKeyDomain), n[:8], broker[:], n[8:], key)
}

// SignBuyerKey returns the buyer's signed key for a trade.
func SignBuyerKey(signer board.Signer, chainID uint64, broker common.Address, tradeID uint64, key *envelope.PublicKey) (BuyerKey, error) {
	sig, err := signer.SignHash(BuyerKeyDigest(chainID, broker, tradeID, key.Bytes()))
	if err != nil {
		return BuyerKey{}, err
	}
	return BuyerKey{TradeID: tradeID, Key: key.Bytes(), Signature: sig}, nil
}

// SetBuyerKey stores the buyer's key for a trade after checking the
// signature against the trade's buyer on chain. Errors: ENOTFOUND for an
// unknown trade, EINVALID for a malformed key, EUNAUTHORIZED for a
// signature that is not the buyer's.
func (s *Service) SetBuyerKey(ctx context.Context, k BuyerKey) error {
	t, err := s.b.Trade(ctx, k.TradeID)
	if err != nil {
		return err
	}
	if _, err := envelope.ParsePublicKey(k.Key); err != nil {
		return err
	}
	if err := checkSigner(BuyerKeyDigest(s.d.ChainID, s.d.Broker, k.TradeID, k.Key), k.Signature, t.Buyer, "buyer key"); err != nil {
		return err
	}
	b, _ := json.Marshal(k)
	return envelope.WriteFileAtomic(s.path("keys", k.TradeID, ".json"), b, 0o600)
}

// BuyerKeyOf returns the key the buyer of a trade registered. Errors:
// ENOTFOUND before the buyer registered one.
func (s *Service) BuyerKeyOf(ctx context.Context, tradeID uint64) (BuyerKey, error) {
	var k BuyerKey
	b, err := os.ReadFile(s.path("keys", tradeID, ".json"))
	if errors.Is(err, os.ErrNotExist) {
		return k, datatrade.Errorf(datatrade.ENOTFOUND, "the buyer of broker trade %d has not registered a key yet", tradeID)
	}
	if err != nil {
		return k, fmt.Errorf("read buyer key: %w", err)
	}
	return k, json.Unmarshal(b, &k)
}

func (s *Service) path(dir string, tradeID uint64, ext string) string {
	return filepath.Join(s.cfg.Dir, dir, strconv.FormatUint(tradeID, 10)+ext)
}

// ---- delivery ----

// Delivery is what a seller hands the platform: the data sealed to the
// buyer, its signed Sent notice, and the board entry (kind send, content =
// the notice's EIP-712 digest) signed by the seller.
type Delivery struct {
	Bundle    Bundle            `json:"bundle"`
	Notice    market.SentNotice `json:"notice"`
	NoticeSig hexutil.Bytes     `json:"noticeSignature"`
	Entry     hexutil.Bytes     `json:"entry"`
}

// Recorded says where a notification went: its board index and, when the
// platform sent a transaction for it, the transaction.
type Recorded struct {
	BoardIndex uint64      `json:"boardIndex"`
	Tx         common.Hash `json:"tx,omitzero"`
}

// Deliver relays a seller's delivery: it checks the notice against the
// trade (open, the seller's signature, the listing's fingerprint, the
// bundle's hash), stores the bundle for the buyer, submits the Sent notice
// on chain and records the entry on the board. Errors: ENOTFOUND, ECONFLICT
// (the trade is not open or its deadline passed), EINTEGRITY (a notice
// that does not match), EUNAUTHORIZED (a signature that is not the
// seller's).
func (s *Service) Deliver(ctx context.Context, d Delivery) (Recorded, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := d.Notice
	t, err := s.b.Trade(ctx, n.TradeID)
	if err != nil {
		return Recorded{}, err
	}
	if t.State != market.BrokerOpen {
		return Recorded{}, datatrade.Errorf(datatrade.ECONFLICT, "broker trade %d is %s, not open for delivery", n.TradeID, t.State)
	}
	if n.Buyer != t.Buyer || n.Fingerprint != t.Fingerprint || n.CiphertextHash != d.Bundle.Hash() {
		return Recorded{}, datatrade.Errorf(datatrade.EINTEGRITY, "the Sent notice does not match broker trade %d (buyer, fingerprint commitment or ciphertext hash)", n.TradeID)
	}
	if len(d.Bundle.Sealed) > MaxBundle {
		return Recorded{}, datatrade.Errorf(datatrade.EINVALID, "the sealed data is over the %d-byte limit", MaxBundle)
	}
	digest := s.d.SentDigest(n)
	if err := checkSigner(digest, d.NoticeSig, t.Seller, "Sent notice"); err != nil {
		return Recorded{}, err
	}
	e, err := s.entry(d.Entry, board.KindSend, n.TradeID, t.Seller, digest)
	if err != nil {
		return Recorded{}, err
	}
	b, _ := json.Marshal(d.Bundle)
	if err := envelope.WriteFileAtomic(s.path("deliveries", n.TradeID, ".json"), b, 0o600); err != nil {
		return Recorded{}, fmt.Errorf("store delivery: %w", err)
	}
	rcpt, err := s.b.Send(ctx, s.cfg.Platform, s.b.NotifySentTx(n, d.NoticeSig))
	if err != nil {
		return Recorded{}, err
	}
	idx, err := s.cfg.Board.Append(ctx, e)
	if err != nil {
		return Recorded{}, err
	}
	s.log.Info("delivery relayed", "trade", n.TradeID, "bytes", len(d.Bundle.Sealed), "board", idx)
	return Recorded{BoardIndex: idx, Tx: rcpt.TxHash}, nil
}

// Fetch returns the bundle relayed for a trade (only its buyer can open it).
// Errors: ENOTFOUND before a delivery.
func (s *Service) Fetch(ctx context.Context, tradeID uint64) (Bundle, error) {
	var b Bundle
	raw, err := os.ReadFile(s.path("deliveries", tradeID, ".json"))
	if errors.Is(err, os.ErrNotExist) {
		return b, datatrade.Errorf(datatrade.ENOTFOUND, "nothing was delivered for broker trade %d", tradeID)
	}
	if err != nil {
		return b, fmt.Errorf("read delivery: %w", err)
	}
	return b, json.Unmarshal(raw, &b)
}

// ---- receipt and consistency check ----

// Receipt is what a buyer hands the platform after opening the delivery:
// the fingerprint it computed (canonical encoding), its signed Received
// notice naming that fingerprint's commitment, and the board entry (kind
// receive, content = the notice's EIP-712 digest) signed by the buyer.
type Receipt struct {
	Fingerprint hexutil.Bytes         `json:"fingerprint"`
	Notice      market.ReceivedNotice `json:"notice"`
	NoticeSig   hexutil.Bytes         `json:"noticeSignature"`
	Entry       hexutil.Bytes         `json:"entry"`
}

// Check is the result of the consistency check.
type Check struct {
	Recorded
	Consistent bool              `json:"consistent"`
	Score      fingerprint.Score `json:"score"`
	Threshold  fingerprint.Score `json:"threshold"`
}

// Receive runs the consistency check on a buyer's receipt: the buyer's
// fingerprint against the seller's registered one (or, when the seller
// registered none, its on-chain commitment), posts the result on chain with
// the buyer's signed notice (a mismatch opens a dispute) and records the
// entry on the board.
func (s *Service) Receive(ctx context.Context, r Receipt) (Check, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := r.Notice
	t, err := s.b.Trade(ctx, n.TradeID)
	if err != nil {
		return Check{}, err
	}
	if t.State != market.BrokerDelivered {
		return Check{}, datatrade.Errorf(datatrade.ECONFLICT, "broker trade %d is %s, not awaiting a receipt", n.TradeID, t.State)
	}
	fp, err := fingerprint.Decode(r.Fingerprint)
	if err != nil {
		return Check{}, err
	}
	commit, err := fp.Commit()
	if err != nil {
		return Check{}, err
	}
	if n.Seller != t.Seller || common.Hash(commit) != n.Fingerprint {
		return Check{}, datatrade.Errorf(datatrade.EINTEGRITY, "the Received notice does not match broker trade %d or the fingerprint sent with it", n.TradeID)
	}
	digest := s.d.ReceivedDigest(n)
	if err := checkSigner(digest, r.NoticeSig, t.Buyer, "Received notice"); err != nil {
		return Check{}, err
	}
	e, err := s.entry(r.Entry, board.KindReceive, n.TradeID, t.Buyer, digest)
	if err != nil {
		return Check{}, err
	}
	c := Check{Threshold: s.cfg.Catalog.Threshold()}
	if common.Hash(commit) == t.Fingerprint {
		c.Score, c.Consistent = fingerprint.One, true
	} else if c.Score, err = s.cfg.Catalog.Compare(ctx, t.ListingID, fp); err == nil {
		c.Consistent = c.Score >= c.Threshold
	} else if datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		// A fingerprint of another kind says nothing about the data: the
		// buyer fingerprints it again as Kind says, before anything goes on chain.
		return Check{}, err
	}
	rcpt, err := s.b.Send(ctx, s.cfg.Platform, s.b.PostCheckTx(n, r.NoticeSig, c.Consistent))
	if err != nil {
		return Check{}, err
	}
	if c.BoardIndex, err = s.cfg.Board.Append(ctx, e); err != nil {
		return Check{}, err
	}
	c.Tx = rcpt.TxHash
	s.log.Info("consistency checked", "trade", n.TradeID, "consistent", c.Consistent, "score", c.Score)
	return c, nil
}

// Kind returns the kind of data of listing's registered fingerprint: the
// buyer fingerprints what it received as this kind. Errors: ENOTFOUND.
func (s *Service) Kind(ctx context.Context, listing uint64) (fingerprint.Kind, error) {
	return s.cfg.Catalog.Kind(ctx, listing)
}

// Post records a confirm or dispute notification of a trade's buyer or
// seller on the board, after the chain step it announces (the party's own
// transaction): a confirmation by the buyer of a completed trade, a dispute
// notification about a trade that was disputed; one of each per party.
func (s *Service) Post(ctx context.Context, raw []byte) (Recorded, error) {
	e, err := board.UnmarshalEntry(raw)
	if err != nil {
		return Recorded{}, err
	}
	if e.Kind != board.KindConfirm && e.Kind != board.KindDispute {
		return Recorded{}, datatrade.Errorf(datatrade.EINVALID, "only confirm and dispute notifications are posted directly; send and receive come with the delivery and the receipt")
	}
	if !e.TradeID.IsUint64() {
		return Recorded{}, datatrade.Errorf(datatrade.ENOTFOUND, "no broker trade %s", e.TradeID)
	}
	t, err := s.b.Trade(ctx, e.TradeID.Uint64())
	if err != nil {
		return Recorded{}, err
	}
	if e.Party != t.Buyer && e.Party != t.Seller {
		return Recorded{}, datatrade.Errorf(datatrade.EUNAUTHORIZED, "only the buyer or the seller of broker trade %d may post about it", t.ID)
	}
	// A notification follows the chain step it announces, once per party,
	// so that the board grows by a bounded number of entries per trade.
	switch {
	case e.Kind == board.KindConfirm && (e.Party != t.Buyer || t.State != market.BrokerCompleted):
		return Recorded{}, datatrade.Errorf(datatrade.ECONFLICT, "a confirmation is posted by the buyer after confirming broker trade %d on chain (it is %s)", t.ID, t.State)
	case e.Kind == board.KindDispute && t.DisputeDeadline.IsZero():
		return Recorded{}, datatrade.Errorf(datatrade.ECONFLICT, "broker trade %d was never disputed on chain", t.ID)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	mark := filepath.Join(s.cfg.Dir, "posted", fmt.Sprintf("%d-%s-%s", t.ID, e.Kind, e.Party.Hex()))
	if _, err := os.Stat(mark); err == nil {
		return Recorded{}, datatrade.Errorf(datatrade.ECONFLICT, "%s already posted a %s notification for broker trade %d", e.Party.Hex(), e.Kind, t.ID)
	}
	idx, err := s.cfg.Board.Append(ctx, e)
	if err != nil {
		return Recorded{}, err
	}
	if err := envelope.WriteFileAtomic(mark, []byte(strconv.FormatUint(idx, 10)), 0o600); err != nil {
		return Recorded{}, fmt.Errorf("mark posted notification: %w", err)
	}
	return Recorded{BoardIndex: idx}, nil
}

// entry decodes a party's board entry and checks that it states what the
// notice does.
func (s *Service) entry(raw []byte, kind board.Kind, tradeID uint64, party common.Address, content common.Hash) (board.Entry, error) {
	e, err := board.UnmarshalEntry(raw)
	if err != nil {
		return e, err
	}
	if e.Kind != kind || !e.TradeID.IsUint64() || e.TradeID.Uint64() != tradeID || e.Party != party || e.Content != content {
		return e, datatrade.Errorf(datatrade.EINTEGRITY, "the board entry does not state the %s notice of broker trade %d", kind, tradeID)
	}
	return e, e.Verify()
}

// ---- disputes ----

// Upload is a seller's upload in a dispute: the data sealed to the
// platform's HPKE key (purpose PurposeUpload) and the name that gives its
// fingerprint's kind (e.g. data.csv).
type Upload struct {
	TradeID uint64 `json:"tradeId"`
	Bundle  Bundle `json:"bundle"`
	Name    string `json:"name,omitempty"`
	// Signature is the seller's over UploadDigest, so that nobody else can
	// answer the dispute in the seller's place.
	Signature hexutil.Bytes `json:"signature"`
}

const uploadDomain = "datatrade/broker/upload/v1"

// UploadDigest is what the seller signs for an upload: keccak256(domain ‖
// chain id (8) ‖ broker ‖ trade id (8) ‖ the bundle's hash ‖ name).
func UploadDigest(chainID uint64, broker common.Address, u Upload) common.Hash {
	var n [16]byte
	binary.BigEndian.PutUint64(n[:8], chainID)
	binary.BigEndian.PutUint64(n[8:], u.TradeID)
	h := u.Bundle.Hash()
	return crypto.Keccak256Hash([]byte(uploadDomain), n[:8], broker[:], n[8:], h[:], []byte(u.Name))
}

// Decision is the platform's decision on a dispute.
type Decision struct {
	ToSeller   bool              `json:"toSeller"`
	Score      fingerprint.Score `json:"score"`
	UploadHash common.Hash       `json:"uploadHash"`
	Tx         common.Hash       `json:"tx"`
	// Relayed says whether the upload was sealed again to the buyer's key and
	// offered as the trade's delivery.
	Relayed bool `json:"relayed"`
}

// Resolve handles a seller's upload in a dispute as the paper describes:
// after checking the seller's signature, the platform opens it, fingerprints it and compares it with the seller's
// registered fingerprint. Consistent: the upload is recorded, the seller
// is paid and the data is sealed again to the buyer; otherwise the buyer
// is refunded.
func (s *Service) Resolve(ctx context.Context, u Upload) (Decision, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, err := s.b.Trade(ctx, u.TradeID)
	if err != nil {
		return Decision{}, err
	}
	if t.State != market.BrokerDisputed {
		return Decision{}, datatrade.Errorf(datatrade.ECONFLICT, "broker trade %d is %s, not disputed", u.TradeID, t.State)
	}
	if err := checkSigner(UploadDigest(s.d.ChainID, s.d.Broker, u), u.Signature, t.Seller, "upload"); err != nil {
		return Decision{}, err
	}
	data, err := Open(ctx, u.Bundle, s.cfg.Key, WrapContext(s.d.ChainID, s.d.Broker, u.TradeID, PurposeUpload))
	if err != nil {
		return Decision{}, err
	}
	hint := fingerprint.Hint{Name: u.Name}
	if k, err := s.cfg.Catalog.Kind(ctx, t.ListingID); err == nil {
		hint.Kind = k
	}
	d := Decision{UploadHash: crypto.Keccak256Hash(data)}
	// Data that cannot be fingerprinted as the listing's kind is not the listed data.
	if fp, err := fingerprint.Compute(ctx, bytes.NewReader(data), hint); err == nil {
		if commit, err := fp.Commit(); err == nil && common.Hash(commit) == t.Fingerprint {
			d.Score, d.ToSeller = fingerprint.One, true
		} else if d.Score, err = s.cfg.Catalog.Compare(ctx, t.ListingID, fp); err == nil {
			d.ToSeller = d.Score >= s.cfg.Catalog.Threshold()
		} else if code := datatrade.ErrorCode(err); code != datatrade.ENOTFOUND && code != datatrade.EINVALID {
			return Decision{}, err
		}
	} else if datatrade.ErrorCode(err) == datatrade.EINTERNAL {
		return Decision{}, err
	}
	if t.UploadHash == (common.Hash{}) {
		if _, err := s.b.Send(ctx, s.cfg.Platform, s.b.RecordUploadTx(u.TradeID, d.UploadHash)); err != nil {
			return Decision{}, err
		}
	}
	rcpt, err := s.b.Send(ctx, s.cfg.Platform, s.b.DecideTx(u.TradeID, d.ToSeller))
	if err != nil {
		return Decision{}, err
	}
	d.Tx = rcpt.TxHash
	if d.ToSeller {
		if k, err := s.BuyerKeyOf(ctx, u.TradeID); err == nil {
			pub, err := envelope.ParsePublicKey(k.Key)
			if err != nil {
				return d, err
			}
			b, err := Seal(ctx, s.cfg.Rand, bytes.NewReader(data), pub, WrapContext(s.d.ChainID, s.d.Broker, u.TradeID, PurposeDelivery))
			if err != nil {
				return d, err
			}
			raw, _ := json.Marshal(b)
			if err := envelope.WriteFileAtomic(s.path("deliveries", u.TradeID, ".json"), raw, 0o600); err != nil {
				return d, fmt.Errorf("store relayed upload: %w", err)
			}
			d.Relayed = true
		}
	}
	s.log.Info("dispute decided", "trade", u.TradeID, "toSeller", d.ToSeller, "score", d.Score)
	return d, nil
}

// ---- signatures ----

// checkSigner requires sig (65 bytes, V 27/28 or 0/1, low S) to be want's
// signature of digest.
func checkSigner(digest common.Hash, sig []byte, want common.Address, what string) error {
	if len(sig) != crypto.SignatureLength {
		return datatrade.Errorf(datatrade.EINVALID, "the %s signature has %d bytes, want %d", what, len(sig), crypto.SignatureLength)
	}
	s := append([]byte(nil), sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if !crypto.ValidateSignatureValues(s[64], new(big.Int).SetBytes(s[:32]), new(big.Int).SetBytes(s[32:64]), true) {
		return datatrade.Errorf(datatrade.EINVALID, "the %s signature is malformed", what)
	}
	pub, err := crypto.SigToPub(digest[:], s)
	if err != nil {
		return datatrade.Errorf(datatrade.EINVALID, "the %s signature is malformed", what)
	}
	if got := crypto.PubkeyToAddress(*pub); got != want {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "the %s is signed by %s, not by %s", what, got.Hex(), want.Hex())
	}
	return nil
}
