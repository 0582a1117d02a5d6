package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/contracts"
)

// BrokerOptions configures the Broker of a deployment (the broker trade
// path without a TEE). The zero value gives the defaults.
type BrokerOptions struct {
	// FeeBps is the platform fee in basis points of the price (default
	// 250, 2.5%; at most 2000).
	FeeBps uint16
	// DeliveryWindow is how long a seller has to deliver after a buyer
	// opens a trade (default 1h).
	DeliveryWindow time.Duration
	// ConfirmWindow is how long a buyer has to confirm or complain after the
	// delivery before the transfer is forced (default 1h).
	ConfirmWindow time.Duration
	// DisputeWindow is how long a seller has to upload after a dispute
	// opens; the platform then has as long again to decide (default 1h).
	DisputeWindow time.Duration
	// QueryWindow is how long prepaid queries stay usable (default 24h).
	QueryWindow time.Duration
}

func (o BrokerOptions) withDefaults() BrokerOptions {
	if o.FeeBps == 0 {
		o.FeeBps = 250
	}
	for _, w := range []struct {
		v   *time.Duration
		def time.Duration
	}{{&o.DeliveryWindow, time.Hour}, {&o.ConfirmWindow, time.Hour}, {&o.DisputeWindow, time.Hour}, {&o.QueryWindow, 24 * time.Hour}} {
		if *w.v <= 0 {
			*w.v = w.def
		}
	}
	return o
}

func seconds(d time.Duration) uint64 { return uint64(d / time.Second) }

// DeployBroker deploys a Broker over d's Market with platform as its
// platform, and its BoardAnchor, and records both in d. progress may be nil.
func DeployBroker(ctx context.Context, c *chain.Client, from *chain.Account, d *Deployment, platform common.Address, opts BrokerOptions, progress func(step string, rcpt *types.Receipt)) error {
	opts = opts.withDefaults()
	if opts.FeeBps > 2000 {
		return datatrade.Errorf(datatrade.EINVALID, "broker fee %d bps is over the 2000 bps limit", opts.FeeBps)
	}
	if d.Market == (common.Address{}) {
		return datatrade.Errorf(datatrade.EINVALID, "deploy the market before the broker")
	}
	bin := func(meta *bind.MetaData, args []byte) []byte { return append(common.FromHex(meta.Bin), args...) }
	rcpt, err := c.Send(ctx, from, nil, bin(&contracts.BrokerMetaData, contracts.NewBroker().PackConstructor(d.Market, platform, d.Salt,
		opts.FeeBps, seconds(opts.DeliveryWindow), seconds(opts.ConfirmWindow), seconds(opts.DisputeWindow), seconds(opts.QueryWindow))), nil)
	if err != nil {
		return fmt.Errorf("deploy Broker: %w", err)
	}
	if progress != nil {
		progress("deployed Broker", rcpt)
	}
	brokerAddr := rcpt.ContractAddress
	if rcpt, err = c.Send(ctx, from, nil, bin(&contracts.BoardAnchorMetaData, contracts.NewBoardAnchor().PackConstructor(brokerAddr)), nil); err != nil {
		return fmt.Errorf("deploy BoardAnchor: %w", err)
	}
	if progress != nil {
		progress("deployed BoardAnchor", rcpt)
	}
	d.Broker, d.BoardAnchor = brokerAddr, rcpt.ContractAddress
	return nil
}

// BrokerState is the state of a broker trade, as the Broker numbers it.
type BrokerState uint8

// Broker trade states.
const (
	BrokerNone      BrokerState = iota // no such trade
	BrokerOpen                         // paid, awaiting delivery
	BrokerDelivered                    // the seller's Sent notice is on chain
	BrokerChecked                      // the platform found the fingerprints consistent
	BrokerDisputed                     // a mismatch or a complaint
	BrokerCompleted                    // seller and platform paid
	BrokerRefunded                     // buyer refunded
)

var brokerStateNames = []string{"none", "open", "delivered", "checked", "disputed", "completed", "refunded"}

// String returns the state's name.
func (s BrokerState) String() string {
	if int(s) < len(brokerStateNames) {
		return brokerStateNames[s]
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// MarshalText writes the state's name.
func (s BrokerState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// BrokerTrade is one broker trade as the Broker records it.
type BrokerTrade struct {
	ID               uint64            `json:"id"`
	ListingID        uint64            `json:"listingId"`
	Buyer            common.Address    `json:"buyer"`
	Seller           common.Address    `json:"seller"`
	Price            *big.Int          `json:"price"`
	Fee              *big.Int          `json:"fee"`
	Fingerprint      common.Hash       `json:"fingerprintCommitment"`
	Licence          datatrade.Licence `json:"licence"`
	Custody          bool              `json:"custody"`
	State            BrokerState       `json:"state"`
	OpenedAt         time.Time         `json:"openedAt"`
	DeliveryDeadline time.Time         `json:"deliveryDeadline"`
	ConfirmDeadline  time.Time         `json:"confirmDeadline,omitzero"`
	DisputeDeadline  time.Time         `json:"disputeDeadline,omitzero"`
	CiphertextHash   common.Hash       `json:"ciphertextHash"`
	BuyerFingerprint common.Hash       `json:"buyerFingerprint"`
	UploadHash       common.Hash       `json:"uploadHash"`
}

// BrokerTerms are a listing's terms on the broker path.
type BrokerTerms struct {
	Offered    bool     `json:"offered"`
	QueryPrice *big.Int `json:"queryPrice"`
}

// QueryPackage is a buyer's prepaid queries on a listing.
type QueryPackage struct {
	ID         uint64         `json:"id"`
	ListingID  uint64         `json:"listingId"`
	Buyer      common.Address `json:"buyer"`
	Payee      common.Address `json:"payee"`
	QueryPrice *big.Int       `json:"queryPrice"`
	QueryFee   *big.Int       `json:"queryFee"`
	Count      uint32         `json:"count"`
	Used       uint32         `json:"used"`
	Expiry     time.Time      `json:"expiry"`
	Closed     bool           `json:"closed"`
}

// Anchored is a board checkpoint recorded by the BoardAnchor.
type Anchored struct {
	Size       uint64      `json:"size"`
	Root       common.Hash `json:"root"`
	AnchoredAt time.Time   `json:"anchoredAt"`
	Block      uint64      `json:"block"`
}

// SentNotice is the seller's signed statement that the encrypted data was
// sent to the buyer; Fingerprint is the listing's fingerprint commitment.
type SentNotice struct {
	TradeID        uint64         `json:"tradeId"`
	Buyer          common.Address `json:"buyer"`
	Fingerprint    common.Hash    `json:"fingerprint"`
	CiphertextHash common.Hash    `json:"ciphertextHash"`
	SentAt         uint64         `json:"sentAt"` // unix seconds, the seller's clock
}

// ReceivedNotice is the buyer's signed statement of what it received:
// Fingerprint is the commitment of the fingerprint it computed.
type ReceivedNotice struct {
	TradeID        uint64         `json:"tradeId"`
	Seller         common.Address `json:"seller"`
	Fingerprint    common.Hash    `json:"fingerprint"`
	CiphertextHash common.Hash    `json:"ciphertextHash"`
	ReceivedAt     uint64         `json:"receivedAt"` // unix seconds, the buyer's clock
}

// QueryRequest is the buyer's signed request for query number Seq (from 0)
// of a package; QueryHash is the hash of the query's canonical text.
type QueryRequest struct {
	PackageID uint64      `json:"packageId"`
	Seq       uint32      `json:"seq"`
	QueryHash common.Hash `json:"queryHash"`
}

// The Broker's EIP-712 types, exactly as Broker.sol hashes them.
const (
	sentType     = "Sent(uint256 tradeId,address buyer,bytes32 fingerprint,bytes32 ciphertextHash,uint64 sentAt)"
	receivedType = "Received(uint256 tradeId,address seller,bytes32 fingerprint,bytes32 ciphertextHash,uint64 receivedAt)"
	queryType    = "Query(uint256 packageId,uint32 seq,bytes32 queryHash)"
)

// BrokerDomainSeparator is the EIP-712 domain separator of the Broker:
// name "datatrade", version "1", the chain id, the Broker's address and the
// deployment's salt.
func (d *Deployment) BrokerDomainSeparator() common.Hash {
	dd := *d
	dd.Escrow = d.Broker
	return dd.DomainSeparator()
}

func (d *Deployment) brokerDigest(h common.Hash) common.Hash {
	dd := *d
	dd.Escrow = d.Broker
	return dd.digest(h)
}

// SentDigest is the EIP-712 digest a seller signs for a Sent notice.
func (d *Deployment) SentDigest(n SentNotice) common.Hash {
	return d.brokerDigest(structHash(sentType, n.TradeID, n.Buyer, n.Fingerprint, n.CiphertextHash, n.SentAt))
}

// ReceivedDigest is the EIP-712 digest a buyer signs for a Received notice.
func (d *Deployment) ReceivedDigest(n ReceivedNotice) common.Hash {
	return d.brokerDigest(structHash(receivedType, n.TradeID, n.Seller, n.Fingerprint, n.CiphertextHash, n.ReceivedAt))
}

// QueryDigest is the EIP-712 digest a buyer signs for a Query request.
func (d *Deployment) QueryDigest(q QueryRequest) common.Hash {
	return d.brokerDigest(structHash(queryType, q.PackageID, uint64(q.Seq), q.QueryHash))
}

// Broker reads and writes a deployment's Broker and BoardAnchor. It is safe
// for concurrent use.
type Broker struct {
	m      *Client
	bk     *contracts.Broker
	ba     *contracts.BoardAnchor
	addr   common.Address
	anchor common.Address
}

// Broker returns the API of the deployment's Broker. Errors: EUNAVAILABLE
// when the deployment has no Broker.
func (m *Client) Broker() (*Broker, error) {
	if m.d.Broker == (common.Address{}) || m.d.BoardAnchor == (common.Address{}) {
		return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "this deployment has no broker contract: redeploy with `datatrade deploy`")
	}
	b := &Broker{m: m, bk: contracts.NewBroker(), ba: contracts.NewBoardAnchor(), addr: m.d.Broker, anchor: m.d.BoardAnchor}
	ka, aa := b.bk.GetABI(), b.ba.GetABI()
	m.c.RegisterErrors(&ka, &aa)
	return b, nil
}

// Address returns the Broker's address.
func (b *Broker) Address() common.Address { return b.addr }

// AnchorAddress returns the BoardAnchor's address.
func (b *Broker) AnchorAddress() common.Address { return b.anchor }

// brokerHints say in words what the Broker's refusals mean. They take
// precedence over the Escrow's hints, some of which share a selector.
var brokerHints = hintTable{
	"WrongState": func(a map[string]any) string {
		s, _ := a["state"].(uint8)
		return fmt.Sprintf("broker trade %v is %s, which does not allow this", a["tradeId"], BrokerState(s))
	},
	"NotDue": func(a map[string]any) string {
		return fmt.Sprintf("%v is not due yet: try again after %s", a["id"], unixText(a["dueAt"]))
	},
	"DeadlinePassed": func(a map[string]any) string {
		return fmt.Sprintf("%v passed its deadline (%s)", a["id"], unixText(a["deadline"]))
	},
	"NotBuyer": func(a map[string]any) string {
		return fmt.Sprintf("only the buyer of broker trade %v may do this", a["tradeId"])
	},
	"NotPlatform": func(map[string]any) string { return "only the platform may do this" },
	"NotOffered": func(a map[string]any) string {
		return fmt.Sprintf("listing %v is not offered on the broker path", a["listingId"])
	},
	"WrongValue": func(a map[string]any) string {
		return fmt.Sprintf("the amount sent (%v wei) is not the %v wei required", a["got"], a["want"])
	},
	"TokenNotApproved": func(a map[string]any) string {
		return fmt.Sprintf("the seller has not approved the broker for listing %v's token", a["listingId"])
	},
	"NothingToWithdraw": func(map[string]any) string { return "the broker owes this account nothing" },
	"WrongSigner":       func(a map[string]any) string { return fmt.Sprintf("signed by %v, not by %v", a["got"], a["want"]) },
}

// Send sends tx from the account and waits for its receipt, explaining the
// Broker's refusals in words.
func (b *Broker) Send(ctx context.Context, from *chain.Account, tx Tx) (*types.Receipt, error) {
	return b.m.send(ctx, from, tx, brokerHints, escrowHints)
}

// Estimate returns what tx would cost from; a refusal by the Broker comes
// back explained, before anything is sent.
func (b *Broker) Estimate(ctx context.Context, from common.Address, tx Tx) (chain.Estimate, error) {
	return b.m.estimate(ctx, from, tx, brokerHints, escrowHints)
}

func (b *Broker) tx(data []byte, value *big.Int, what string, args ...any) Tx {
	return Tx{To: b.addr, Data: data, Value: value, What: fmt.Sprintf(what, args...)}
}

// SetTermsTx offers (or withdraws) a listing on the broker path with a
// per-query price (0: no queries); the token owner only.
func (b *Broker) SetTermsTx(listingID uint64, offered bool, queryPrice *big.Int) (Tx, error) {
	if err := positive("query price", queryPrice); err != nil {
		return Tx{}, err
	}
	return b.tx(b.bk.PackSetTerms(u256(listingID), offered, queryPrice), nil, "set broker terms of listing %d", listingID), nil
}

// ApproveTx lets the Broker take the sender's ownership listings' tokens
// into custody during their broker trades (an ERC-721 operator approval,
// sent to the Market). The Broker moves a token only while a broker trade
// on an offered listing runs, and only to its buyer or back to its seller.
func (b *Broker) ApproveTx() Tx {
	return Tx{To: b.m.d.Market, Data: b.m.market.PackSetApprovalForAll(b.addr, true), What: "approve the broker for ownership listings"}
}

// Terms returns a listing's broker terms.
func (b *Broker) Terms(ctx context.Context, listingID uint64) (BrokerTerms, error) {
	out, err := b.m.call(ctx, b.addr, b.bk.PackGetTerms(u256(listingID)))
	if err != nil {
		return BrokerTerms{}, fmt.Errorf("read broker terms of listing %d: %w", listingID, err)
	}
	t, err := b.bk.UnpackGetTerms(out)
	if err != nil {
		return BrokerTerms{}, fmt.Errorf("decode broker terms: %w", err)
	}
	return BrokerTerms{Offered: t.Offered, QueryPrice: t.QueryPrice}, nil
}

// FeeOf returns the platform fee on amount at the current rate.
func (b *Broker) FeeOf(ctx context.Context, amount *big.Int) (*big.Int, error) {
	out, err := b.m.call(ctx, b.addr, b.bk.PackFeeOf(weiOrZero(amount)))
	if err != nil {
		return nil, fmt.Errorf("read broker fee: %w", err)
	}
	return b.bk.UnpackFeeOf(out)
}

// Platform returns the Broker's platform account.
func (b *Broker) Platform(ctx context.Context) (common.Address, error) {
	out, err := b.m.call(ctx, b.addr, b.bk.PackPlatform())
	if err != nil {
		return common.Address{}, fmt.Errorf("read broker platform: %w", err)
	}
	return b.bk.UnpackPlatform(out)
}

// SetPlatformTx hands the platform role to another account (the platform
// only).
func (b *Broker) SetPlatformTx(platform common.Address) Tx {
	return b.tx(b.bk.PackSetPlatform(platform), nil, "hand the broker platform role to %s", platform.Hex())
}

// OpenTx opens a broker trade on a listing, paying its price plus the
// platform fee (both read from the chain).
func (b *Broker) OpenTx(ctx context.Context, listingID uint64) (Tx, error) {
	l, err := b.m.Listing(ctx, listingID)
	if err != nil {
		return Tx{}, err
	}
	fee, err := b.FeeOf(ctx, l.Price)
	if err != nil {
		return Tx{}, err
	}
	return b.tx(b.bk.PackOpen(u256(listingID)), new(big.Int).Add(l.Price, fee), "open broker trade on listing %d", listingID), nil
}

// Open opens a broker trade and returns its id.
func (b *Broker) Open(ctx context.Context, from *chain.Account, listingID uint64) (uint64, *types.Receipt, error) {
	tx, err := b.OpenTx(ctx, listingID)
	if err != nil {
		return 0, nil, err
	}
	rcpt, err := b.Send(ctx, from, tx)
	if err != nil {
		return 0, nil, err
	}
	id, err := b.TradeOpenedID(rcpt)
	return id, rcpt, err
}

// TradeOpenedID returns the id of the broker trade an open transaction made.
func (b *Broker) TradeOpenedID(rcpt *types.Receipt) (uint64, error) {
	return eventID(rcpt, b.addr, b.bk.UnpackTradeOpenedEvent, func(e *contracts.BrokerTradeOpened) *big.Int { return e.TradeId })
}

// PackageBoughtID returns the id of the query package a buyQueries
// transaction made.
func (b *Broker) PackageBoughtID(rcpt *types.Receipt) (uint64, error) {
	return eventID(rcpt, b.addr, b.bk.UnpackQueriesBoughtEvent, func(e *contracts.BrokerQueriesBought) *big.Int { return e.PackageId })
}

// NotifySentTx submits the seller's signed Sent notice; anyone may send it.
func (b *Broker) NotifySentTx(n SentNotice, sellerSig []byte) Tx {
	return b.tx(b.bk.PackNotifySent(u256(n.TradeID), n.CiphertextHash, n.SentAt, sellerSig), nil, "record delivery of broker trade %d", n.TradeID)
}

// PostCheckTx posts the buyer's signed Received notice and the result of
// the fingerprint consistency check (the platform only).
func (b *Broker) PostCheckTx(n ReceivedNotice, buyerSig []byte, consistent bool) Tx {
	return b.tx(b.bk.PackPostCheck(u256(n.TradeID), n.Fingerprint, n.CiphertextHash, n.ReceivedAt, buyerSig, consistent), nil,
		"post consistency check of broker trade %d", n.TradeID)
}

// ConfirmTx confirms a delivery (the buyer only): the seller and the
// platform are paid, an ownership listing's token goes to the buyer.
func (b *Broker) ConfirmTx(tradeID uint64) Tx {
	return b.tx(b.bk.PackConfirm(u256(tradeID)), nil, "confirm broker trade %d", tradeID)
}

// ComplainTx opens a dispute on a delivery (the buyer only); reason is up
// to 32 bytes of text.
func (b *Broker) ComplainTx(tradeID uint64, reason string) (Tx, error) {
	if len(reason) > 32 {
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "a complaint's reason is at most 32 bytes")
	}
	var r [32]byte
	copy(r[:], reason)
	return b.tx(b.bk.PackComplain(u256(tradeID), r), nil, "complain about broker trade %d", tradeID), nil
}

// RecordUploadTx records the seller's upload for a disputed trade (the
// platform only).
func (b *Broker) RecordUploadTx(tradeID uint64, uploadHash common.Hash) Tx {
	return b.tx(b.bk.PackRecordUpload(u256(tradeID), uploadHash), nil, "record the seller's upload for broker trade %d", tradeID)
}

// DecideTx decides a dispute (the platform only): toSeller pays the seller,
// otherwise the buyer is refunded.
func (b *Broker) DecideTx(tradeID uint64, toSeller bool) Tx {
	return b.tx(b.bk.PackDecide(u256(tradeID), toSeller), nil, "decide broker trade %d", tradeID)
}

// RefundTx refunds the buyer after a missed deadline; anyone may send it.
func (b *Broker) RefundTx(tradeID uint64) Tx {
	return b.tx(b.bk.PackRefund(u256(tradeID)), nil, "refund broker trade %d", tradeID)
}

// ForceTransferTx pays the seller of a delivery left unconfirmed past the
// confirmation deadline; anyone may send it.
func (b *Broker) ForceTransferTx(tradeID uint64) Tx {
	return b.tx(b.bk.PackForceTransfer(u256(tradeID)), nil, "force the transfer of broker trade %d", tradeID)
}

// ReleaseTokenTx hands over a listing token the Market refused to move at
// settlement; anyone may send it.
func (b *Broker) ReleaseTokenTx(listingID uint64) Tx {
	return b.tx(b.bk.PackReleaseToken(u256(listingID)), nil, "release the token of listing %d", listingID)
}

// WithdrawTx pulls the sender's credit from the Broker.
func (b *Broker) WithdrawTx() Tx { return b.tx(b.bk.PackWithdraw(), nil, "withdraw from the broker") }

// Credit returns what the Broker owes an account.
func (b *Broker) Credit(ctx context.Context, who common.Address) (*big.Int, error) {
	return b.m.credit(ctx, "broker", b.addr, b.bk, who)
}

// Totals returns the Broker's outstanding credits and held payments; its
// balance is always their sum.
func (b *Broker) Totals(ctx context.Context) (credits, held *big.Int, err error) {
	return b.m.totals(ctx, "broker", b.addr, b.bk)
}

// Trade returns a broker trade. Errors: ENOTFOUND for an unknown id.
func (b *Broker) Trade(ctx context.Context, id uint64) (*BrokerTrade, error) {
	if err := mustExist(ctx, "broker trade", id, b.count(b.bk.PackTradeCount())); err != nil {
		return nil, err
	}
	out, err := b.m.call(ctx, b.addr, b.bk.PackGetTrade(u256(id)))
	if err != nil {
		return nil, fmt.Errorf("read broker trade %d: %w", id, err)
	}
	t, err := b.bk.UnpackGetTrade(out)
	if err != nil {
		return nil, fmt.Errorf("decode broker trade %d: %w", id, err)
	}
	return &BrokerTrade{
		ID: id, ListingID: t.ListingId.Uint64(), Buyer: t.Buyer, Seller: t.Seller, Price: t.Price, Fee: t.Fee,
		Fingerprint: t.Fingerprint, Licence: datatrade.Licence(t.Licence), Custody: t.Custody, State: BrokerState(t.State),
		OpenedAt: unix(t.OpenedAt), DeliveryDeadline: unix(t.DeliveryDeadline), ConfirmDeadline: unix(t.ConfirmDeadline),
		DisputeDeadline: unix(t.DisputeDeadline), CiphertextHash: t.CiphertextHash, BuyerFingerprint: t.BuyerFingerprint, UploadHash: t.UploadHash,
	}, nil
}

func (b *Broker) count(data []byte) func(context.Context) (uint64, error) {
	return func(ctx context.Context) (uint64, error) {
		return b.m.count(ctx, b.addr, data, b.bk.UnpackTradeCount)
	}
}

// BuyQueriesTx prepays count queries on a listing at its per-query price
// plus the platform fee per query (read from the chain).
func (b *Broker) BuyQueriesTx(ctx context.Context, listingID uint64, count uint32) (Tx, error) {
	if count == 0 {
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "buy at least one query")
	}
	t, err := b.Terms(ctx, listingID)
	if err != nil {
		return Tx{}, err
	}
	if !t.Offered || t.QueryPrice.Sign() == 0 {
		return Tx{}, datatrade.Errorf(datatrade.ENOTFOUND, "listing %d offers no queries on the broker path", listingID)
	}
	fee, err := b.FeeOf(ctx, t.QueryPrice)
	if err != nil {
		return Tx{}, err
	}
	value := new(big.Int).Mul(new(big.Int).Add(t.QueryPrice, fee), big.NewInt(int64(count)))
	return b.tx(b.bk.PackBuyQueries(u256(listingID), count), value, "buy %d queries on listing %d", count, listingID), nil
}

// BuyQueries prepays queries and returns the package id.
func (b *Broker) BuyQueries(ctx context.Context, from *chain.Account, listingID uint64, count uint32) (uint64, *types.Receipt, error) {
	tx, err := b.BuyQueriesTx(ctx, listingID, count)
	if err != nil {
		return 0, nil, err
	}
	rcpt, err := b.Send(ctx, from, tx)
	if err != nil {
		return 0, nil, err
	}
	id, err := b.PackageBoughtID(rcpt)
	return id, rcpt, err
}

// ChargeQueryTx charges one answered query with the buyer's signed request
// (the platform only).
func (b *Broker) ChargeQueryTx(q QueryRequest, buyerSig []byte) Tx {
	return b.tx(b.bk.PackChargeQuery(u256(q.PackageID), q.Seq, q.QueryHash, buyerSig), nil, "charge query %d of package %d", q.Seq, q.PackageID)
}

// CloseQueriesTx closes a package and refunds its unused queries: the
// platform at any time, anyone after expiry.
func (b *Broker) CloseQueriesTx(packageID uint64) Tx {
	return b.tx(b.bk.PackCloseQueries(u256(packageID)), nil, "close query package %d", packageID)
}

// Package returns a query package. Errors: ENOTFOUND for an unknown id.
func (b *Broker) Package(ctx context.Context, id uint64) (*QueryPackage, error) {
	if err := mustExist(ctx, "query package", id, func(ctx context.Context) (uint64, error) {
		return b.m.count(ctx, b.addr, b.bk.PackPackageCount(), b.bk.UnpackPackageCount)
	}); err != nil {
		return nil, err
	}
	out, err := b.m.call(ctx, b.addr, b.bk.PackGetPackage(u256(id)))
	if err != nil {
		return nil, fmt.Errorf("read query package %d: %w", id, err)
	}
	p, err := b.bk.UnpackGetPackage(out)
	if err != nil {
		return nil, fmt.Errorf("decode query package %d: %w", id, err)
	}
	return &QueryPackage{ID: id, ListingID: p.ListingId.Uint64(), Buyer: p.Buyer, Payee: p.Payee, QueryPrice: p.QueryPrice,
		QueryFee: p.QueryFee, Count: p.Count, Used: p.Used, Expiry: unix(p.Expiry), Closed: p.Closed}, nil
}

// AnchorCheckpointTx anchors a board checkpoint (the platform only; size
// must exceed the last anchored size).
func (b *Broker) AnchorCheckpointTx(size uint64, root common.Hash) Tx {
	return Tx{To: b.anchor, Data: b.ba.PackAnchorCheckpoint(size, root), What: fmt.Sprintf("anchor board checkpoint of size %d", size)}
}

// AnchoredOfSize returns the anchored checkpoint of a log size. Errors:
// ENOTFOUND when none was anchored at that size.
func (b *Broker) AnchoredOfSize(ctx context.Context, size uint64) (Anchored, error) {
	out, err := b.m.call(ctx, b.anchor, b.ba.PackCheckpointOfSize(size))
	if err != nil {
		var rev *chain.RevertError
		if errors.As(err, &rev) && rev.Name == "UnknownCheckpoint" {
			return Anchored{}, datatrade.Errorf(datatrade.ENOTFOUND, "no board checkpoint of size %d is anchored", size)
		}
		return Anchored{}, fmt.Errorf("read anchored checkpoint: %w", err)
	}
	a, err := b.ba.UnpackCheckpointOfSize(out)
	return anchored(a), err
}

// LatestAnchored returns the latest anchored checkpoint. Errors: ENOTFOUND
// before the first.
func (b *Broker) LatestAnchored(ctx context.Context) (Anchored, error) {
	out, err := b.m.call(ctx, b.anchor, b.ba.PackLatest())
	if err != nil {
		var rev *chain.RevertError
		if errors.As(err, &rev) && rev.Name == "NoCheckpoint" {
			return Anchored{}, datatrade.Errorf(datatrade.ENOTFOUND, "no board checkpoint is anchored yet")
		}
		return Anchored{}, fmt.Errorf("read latest anchored checkpoint: %w", err)
	}
	a, err := b.ba.UnpackLatest(out)
	return anchored(a), err
}

func anchored(a contracts.BoardAnchorAnchored) Anchored {
	return Anchored{Size: a.Size, Root: a.Root, AnchoredAt: unix(a.AnchoredAt), Block: a.BlockNumber}
}
