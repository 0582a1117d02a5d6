package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

type demoFlags struct {
	datadir string
	rpc     string
	keep    bool
}

func (a *app) newDemoCmd() *cobra.Command {
	var f demoFlags
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run the whole datatrade story on an embedded chain, with no set-up",
		Long: `Run datatrade end to end in one process, with no set-up: an embedded go-ethereum
dev chain in a fresh data dir, every contract deployed, and these acts:

  1 foundation  an exchange registers with its stake; a seller lists an encrypted
                dataset; a buyer posts a demand, the seller offers, and a trade
                opened into escrow is refunded after its deadline (no exchange
                delivers in this act)
  2 tracking    the platform's catalog refuses a pirate's modified copy of the
                seller's data and finds only the original
  3 exchange    two exchanges with enclaves: attestation, the seller's unattended
                agent, sample, the ciphertext prepared before payment, payment,
                commit and reveal, the buyer's check of every chunk against the
                listing's root, a review; a seller caught with doctored data; an
                exchange that stops after payment while the other delivers
  4 compute     a buyer's regression runs on the seller's encrypted data in three
                compute nodes' enclaves, one faulty; the Jobs contract settles on
                the two that agree and the buyer decrypts the result
  5 broker      the broker path without a TEE: the platform relays data sealed to
                the buyer, checks its fingerprint, anchors the notification board
                on chain; the new owner sells a use right per query; a pirate is
                refused
  6 spatial     listings with their hashid on chain, a region search, a sealed-bid
                second-price auction of a two-seller bundle, a Shapley revenue split

Every enclave here is a SIMULATION (no TEE hardware) and is labelled so. The
acts after tracking need the embedded chain (its extra funded dev keys, its
clock and its header authority): with --rpc each is skipped with a note. The
narrative goes to stderr and ends with every party's balance reconciled to the
wei (gas included) and every contract holding nothing. With --json, stdout
carries a JSON summary with each act's outcome.`,
		Example: `  datatrade demo
  datatrade demo --json
  datatrade demo --datadir /tmp/demo-chain --keep
  datatrade demo --rpc http://127.0.0.1:8545   # an external dev chain whose accounts are the dev keys`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runDemo(cmd.Context(), f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.datadir, "datadir", "", "data dir for the demo's chain and store (default: a fresh temporary dir)")
	fl.StringVar(&f.rpc, "rpc", "", "run against this external chain instead of an embedded one (its dev:0…dev:4 accounts must be funded)")
	fl.BoolVar(&f.keep, "keep", false, "keep the temporary data dir after the demo")
	return cmd
}

// party is one actor of the demo with the ledger that reconciles it.
type party struct {
	Role    string         `json:"role"`
	Address common.Address `json:"address"`
	Start   *big.Int       `json:"startWei"`
	End     *big.Int       `json:"endWei"`
	Gas     *big.Int       `json:"gasWei"`
	// Flow is what the story says this party paid (negative) or received,
	// gas aside.
	Flow       *big.Int `json:"flowWei"`
	Reconciled bool     `json:"reconciled"`

	acct *chain.Account
}

// demo holds the state of one run.
type demo struct {
	a       *app
	c       *chain.Client
	m       *market.Client
	rpc     *rpc.Client
	dir     string
	parties map[string]*party
	order   []string
	summary demoSummary

	// node is the embedded chain; nil when the demo runs against --rpc.
	node *devnode.Node
	// holders are contracts besides Escrow that must hold nothing at the end.
	holders map[string]common.Address

	// The seller's dataset and its fingerprint, for the tracking act.
	dataset   []byte
	datasetFP *fingerprint.Fingerprint
}

type demoSummary struct {
	Chain struct {
		ChainID  uint64 `json:"chainId"`
		Embedded bool   `json:"embedded"`
		Fork     string `json:"fork,omitempty"`
		DataDir  string `json:"dataDir,omitempty"`
		RPC      string `json:"rpc,omitempty"`
	} `json:"chain"`
	Deployment *market.Deployment   `json:"deployment"`
	ExchangeID uint64               `json:"exchangeId"`
	ListingID  uint64               `json:"listingId"`
	ContentCID string               `json:"contentCid"`
	Root       common.Hash          `json:"root"`
	DemandID   uint64               `json:"demandId"`
	TradeID    uint64               `json:"tradeId"`
	TradeState datatrade.TradeState `json:"tradeState"`
	Tracking   *trackingSummary     `json:"tracking"`
	// Acts holds the summary of each later act by name (see laterActs).
	Acts       map[string]any `json:"acts,omitempty"`
	Parties    []*party       `json:"parties"`
	Reconciled bool           `json:"reconciled"`
	Seconds    float64        `json:"seconds"`
}

func (a *app) runDemo(ctx context.Context, f demoFlags) (err error) {
	began := time.Now()
	d := &demo{a: a, parties: map[string]*party{}, holders: map[string]common.Address{}}
	d.summary.Acts = map[string]any{}
	dir := f.datadir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "datatrade-demo-"); err != nil {
			return fmt.Errorf("demo data dir: %w", err)
		}
		if !f.keep {
			defer os.RemoveAll(dir)
		}
	}
	d.dir = dir
	a.say("datatrade demo — 1 foundation (escrow and refund), 2 tracking, 3 trusted exchange, 4 compute, 5 broker, 6 spatial")
	a.say("")
	if f.rpc != "" {
		c, err := chain.Dial(ctx, f.rpc, chain.WithLogger(a.log))
		if err != nil {
			return err
		}
		defer c.Close()
		d.c = c
		d.summary.Chain.RPC = f.rpc
		if rc, ok := c.Backend().(interface{ Client() *rpc.Client }); ok {
			d.rpc = rc.Client()
		}
		a.say("Chain: external, at %s", f.rpc)
	} else {
		node, err := devnode.Start(ctx, devnode.Config{DataDir: filepath.Join(dir, "chain"), Logger: a.log, DevAccounts: demoDevAccounts})
		if err != nil {
			return err
		}
		defer node.Close()
		d.c = chain.NewClient(node.Client(), chain.WithLogger(a.log))
		d.rpc = node.RPC()
		d.node = node
		d.summary.Chain.Embedded, d.summary.Chain.Fork, d.summary.Chain.DataDir = true, node.Fork(), dir
		a.say("Chain: embedded go-ethereum dev node (fork %s), JSON-RPC at %s, data in %s", node.Fork(), node.HTTPURL(), dir)
	}
	id, err := d.c.ChainID(ctx)
	if err != nil {
		return err
	}
	d.summary.Chain.ChainID = id.Uint64()
	for i, role := range []string{"admin", "exchange", "seller", "buyer", "pirate"} {
		if err := d.addParty(ctx, role, devnode.DevKey(i)); err != nil {
			return err
		}
	}
	if err := d.foundationAct(ctx); err != nil {
		return err
	}
	if err := d.trackingAct(ctx); err != nil {
		return err
	}
	for _, act := range d.laterActs() {
		if err := act(ctx); err != nil {
			return err
		}
	}
	ok, err := d.reconcile(ctx)
	if err != nil {
		return err
	}
	d.summary.Seconds = time.Since(began).Seconds()
	if err := a.emit(d.summary, nil); err != nil {
		return err
	}
	if !ok {
		return datatrade.Errorf(datatrade.EINTERNAL, "balances do not reconcile: see the table above")
	}
	return nil
}

func (d *demo) addParty(ctx context.Context, role string, key *ecdsa.PrivateKey) error {
	acct := chain.NewAccount(key)
	bal, err := d.c.Balance(ctx, acct.Address)
	if err != nil {
		return err
	}
	d.parties[role] = &party{Role: role, Address: acct.Address, Start: bal, Gas: new(big.Int), Flow: new(big.Int), acct: acct}
	d.order = append(d.order, role)
	return nil
}

// step prints one numbered line of the narrative.
func (d *demo) step(format string, args ...any) {
	d.a.say("  "+format, args...)
}

// paid records a receipt's gas against the party that sent it.
func (d *demo) paid(role string, rcpt *types.Receipt) {
	if rcpt == nil {
		return
	}
	gas := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	d.parties[role].Gas.Add(d.parties[role].Gas, gas)
}

// flow records value that a party paid (negative) or received.
func (d *demo) flow(role string, v *big.Int) {
	d.parties[role].Flow.Add(d.parties[role].Flow, v)
}

// send sends tx from role's account and books its gas and value.
func (d *demo) send(ctx context.Context, role string, tx market.Tx) (*types.Receipt, error) {
	rcpt, err := d.m.Send(ctx, d.parties[role].acct, tx)
	if err != nil {
		return nil, err
	}
	d.paid(role, rcpt)
	if tx.Value != nil {
		d.flow(role, new(big.Int).Neg(tx.Value))
	}
	return rcpt, nil
}

// advance moves the chain's clock forward: by the dev chain's
// datatrade_increaseTime, Ganache's evm_increaseTime, or by waiting.
func (d *demo) advance(ctx context.Context, by time.Duration) error {
	secs := uint64(by / time.Second)
	if d.rpc != nil {
		var res any
		if err := d.rpc.CallContext(ctx, &res, "datatrade_increaseTime", secs); err == nil {
			return nil
		}
		if err := d.rpc.CallContext(ctx, &res, "evm_increaseTime", secs); err == nil {
			return d.rpc.CallContext(ctx, &res, "evm_mine")
		}
	}
	return datatrade.Errorf(datatrade.EUNAVAILABLE, "this chain cannot move its clock forward; run the demo on the embedded chain")
}

// foundationAct is the story of issue 2: everything up to escrow, and the
// refund that protects a buyer when no exchange delivers.
func (d *demo) foundationAct(ctx context.Context) error {
	a := d.a
	a.say("Act 1 — foundation: contracts, an exchange without an enclave, a listing, a demand, escrow and the refund")
	admin, exchange, seller, buyer := d.parties["admin"], d.parties["exchange"], d.parties["seller"], d.parties["buyer"]

	dep, err := market.Deploy(ctx, d.c, admin.acct, market.DeployOptions{RevealWindow: time.Hour, SampleClaimWindow: 10 * time.Minute},
		func(_ string, rcpt *types.Receipt) { d.paid("admin", rcpt) })
	if err != nil {
		return err
	}
	d.m = market.New(d.c, dep)
	d.summary.Deployment = dep
	d.step("1.1 The admin deploys the contracts: ExchangeRegistry %s, Market %s, Escrow %s, Reviews %s",
		short(dep.Registry), short(dep.Market), short(dep.Escrow), short(dep.Reviews))

	// The exchange's enclave arrives in a later act; until then its signing
	// key is a plain key, and nothing here claims enclave security.
	signer, err := crypto.GenerateKey()
	if err != nil {
		return err
	}
	fee, stake := ether("0.01"), ether("5")
	exID, rcpt, err := d.m.RegisterExchange(ctx, exchange.acct, market.ExchangeParams{
		Endpoint: "http://127.0.0.1:0", Fee: fee, Measurement: crypto.Keccak256Hash([]byte("no enclave in this act")),
		EnclaveSigner: crypto.PubkeyToAddress(signer.PublicKey), Authenticator: 1, AuthorityKey: admin.Address,
	}, stake)
	if err != nil {
		return err
	}
	d.paid("exchange", rcpt)
	d.flow("exchange", new(big.Int).Neg(stake))
	d.summary.ExchangeID = exID
	d.step("1.2 An exchange operator registers exchange #%d: fee %s, stake %s locked in the registry", exID, datatrade.FormatAmount(fee), datatrade.FormatAmount(stake))
	d.step("   (no enclave runs in this act: its signing key is a plain key and it will not deliver)")

	// The seller encrypts a dataset, stores the ciphertext by CID and
	// commits to the salted Merkle root of its plaintext chunks.
	pub, err := d.sellerPrepares(ctx)
	if err != nil {
		return err
	}
	price := ether("1")
	pub.Price, pub.Licence = price, datatrade.UseRight
	listingID, rcpt, err := d.m.Publish(ctx, seller.acct, pub)
	if err != nil {
		return err
	}
	d.paid("seller", rcpt)
	d.summary.ListingID, d.summary.ContentCID, d.summary.Root = listingID, pub.ContentCID, pub.Root
	d.step("1.3 The seller encrypts a %d-byte CSV in %d chunk(s), stores it as %s and publishes listing #%d at %s (root %s)",
		pub.Size, pub.ChunkCount, pub.ContentCID, listingID, datatrade.FormatAmount(price), short(pub.Root))

	buyerKey, err := envelope.GenerateKey(rand.Reader, envelope.DefaultKEM)
	if err != nil {
		return err
	}
	now, err := chainNow(ctx, d.m)
	if err != nil {
		return err
	}
	maxPrice := ether("1.2")
	demandID, rcpt, err := d.m.PostDemand(ctx, buyer.acct, market.DemandParams{
		Spec: `region == "Berlin" && interval == "hourly"`, MaxPrice: maxPrice,
		BuyerPubKey: buyerKey.Public().Bytes(), Deadline: now.Add(24 * time.Hour),
	})
	if err != nil {
		return err
	}
	d.paid("buyer", rcpt)
	d.summary.DemandID = demandID
	d.step("1.4 The buyer posts demand #%d for hourly Berlin weather, at most %s, with its %s public key", demandID, datatrade.FormatAmount(maxPrice), envelope.DefaultKEM)

	offerPrice := ether("0.9")
	offerIdx, rcpt, err := d.m.MakeOffer(ctx, seller.acct, demandID, listingID, offerPrice)
	if err != nil {
		return err
	}
	d.paid("seller", rcpt)
	d.step("1.5 The seller, watching demands, offers listing #%d on demand #%d at %s", listingID, demandID, datatrade.FormatAmount(offerPrice))

	offers, err := rankOffers(ctx, d.m, demandID)
	if err != nil {
		return err
	}
	if len(offers) == 0 {
		return fmt.Errorf("demo: demand %d has no offers", demandID)
	}
	best := offers[0]
	if best.ID != offerIdx {
		return fmt.Errorf("demo: ranking picked offer %d, want %d", best.ID, offerIdx)
	}
	tradeID, rcpt, err := d.m.Open(ctx, buyer.acct, market.OpenParams{
		OfferDemand: demandID, OfferIndex: best.ID, Exchanges: []uint64{exID},
		BuyerPubKey: buyerKey.Public().Bytes(), Deadline: now.Add(time.Hour),
	})
	if err != nil {
		return err
	}
	d.paid("buyer", rcpt)
	d.flow("buyer", new(big.Int).Neg(fee))
	d.summary.TradeID = tradeID
	d.step("1.6 The buyer ranks %d offer(s), takes offer %d and opens trade #%d with exchange #%d, depositing the fee %s; Escrow snapshots price, seller, root and the exchange",
		len(offers), best.ID, tradeID, exID, datatrade.FormatAmount(fee))

	payTx, err := d.m.PayTx(ctx, tradeID)
	if err != nil {
		return err
	}
	if _, err := d.send(ctx, "buyer", payTx); err != nil {
		return err
	}
	tr, err := d.m.Trade(ctx, tradeID)
	if err != nil {
		return err
	}
	d.step("1.7 The buyer pays %s into escrow: the trade is %s and the money is held by Escrow, not sent to the seller", datatrade.FormatAmount(tr.Price), tr.State)

	if err := d.advance(ctx, 2*time.Hour); err != nil {
		return err
	}
	d.step("1.8 No exchange delivers (this one runs no enclave; act 3 has those) and the deadline passes (dev chain clock moved 2h forward)")

	if _, err := d.send(ctx, "buyer", d.m.RefundTx(tradeID)); err != nil {
		return err
	}
	credit, err := d.m.Credit(ctx, buyer.Address)
	if err != nil {
		return err
	}
	if _, err := d.send(ctx, "buyer", d.m.WithdrawTx()); err != nil {
		return err
	}
	d.flow("buyer", credit)
	if tr, err = d.m.Trade(ctx, tradeID); err != nil {
		return err
	}
	d.summary.TradeState = tr.State
	d.step("1.9 The buyer takes the refund: trade #%d is %s, %s (price and fee) credited and withdrawn", tradeID, tr.State, datatrade.FormatAmount(credit))
	a.say("")
	return nil
}

// sellerPrepares encrypts a generated CSV into the demo's store and
// commits to its plaintext; the data key and listing salt stay with the
// seller (and later travel only to attested exchanges).
func (d *demo) sellerPrepares(ctx context.Context) (market.PublishParams, error) {
	var csv bytes.Buffer
	csv.WriteString("time,city,temperature_c,humidity_pct\n")
	for h := 0; h < 24*30; h++ {
		fmt.Fprintf(&csv, "2026-10-%02dT%02d:00Z,Berlin,%d.%d,%d\n", 1+h/24, h%24, 8+(h*7)%9, h%10, 60+(h*13)%35)
	}
	st, err := store.OpenLocal(filepath.Join(d.dir, "store"), store.LocalOptions{})
	if err != nil {
		return market.PublishParams{}, err
	}
	const chunkSize = 4 << 10 // small chunks, so that this small file has several
	pp, _, err := prepareDataset(ctx, st, bytes.NewReader(csv.Bytes()), chunkSize)
	if err != nil {
		return market.PublishParams{}, err
	}
	fp, err := fingerprint.Compute(ctx, bytes.NewReader(csv.Bytes()), fingerprint.Hint{Name: "weather.csv"})
	if err != nil {
		return market.PublishParams{}, err
	}
	com, err := fp.Commit()
	if err != nil {
		return market.PublishParams{}, err
	}
	pp.Fingerprint = common.Hash(com)
	d.dataset, d.datasetFP = csv.Bytes(), fp
	return pp, nil
}

// trackingSummary is what the tracking act leaves.
type trackingSummary struct {
	PirateListing uint64   `json:"pirateListingId"`
	PirateRefused bool     `json:"pirateRefused"`
	Reason        string   `json:"reason"`
	SearchHits    []uint64 `json:"searchHits"`
}

// trackingAct is the tracking paper's platform at work: the catalog indexes
// listings from chain events, the seller registers its data's fingerprint,
// and a pirate who republishes a modified copy is refused.
func (d *demo) trackingAct(ctx context.Context) error {
	d.a.say("Act 2 — tracking: the platform's catalog keeps sellers honest")
	cat, err := catalog.Open(ctx, catalog.Config{DSN: filepath.Join(d.dir, "catalog.db"), Logger: d.a.log})
	if err != nil {
		return err
	}
	defer cat.Close()
	dep := d.m.Deployment()
	x := cat.NewIndexer(d.c.Backend(), d.m, catalog.IndexerConfig{Market: dep.Market, StartBlock: dep.Block})
	if err := x.Sync(ctx); err != nil {
		return err
	}
	listing := d.summary.ListingID
	if err := cat.Register(ctx, listing, d.datasetFP, "hourly weather, Berlin, October 2026"); err != nil {
		return err
	}
	d.step("2.1 The catalog (SQLite) indexes the chain's listings; the seller registers listing #%d's fingerprint, which matches its on-chain commitment", listing)

	// The pirate shuffles the rows and changes a few readings.
	lines := strings.Split(strings.TrimSpace(string(d.dataset)), "\n")
	header, rows := lines[0], append([]string(nil), lines[1:]...)
	for i := 0; i < len(rows); i += 7 {
		j := (i*31 + 5) % len(rows)
		rows[i], rows[j] = rows[j], rows[i]
	}
	for i := 0; i < 5; i++ {
		rows[i*11] = strings.Replace(rows[i*11], ",Berlin,", ",Berlin-Mitte,", 1)
	}
	copyData := []byte(header + "\n" + strings.Join(rows, "\n") + "\n")
	st, err := store.OpenLocal(filepath.Join(d.dir, "store"), store.LocalOptions{})
	if err != nil {
		return err
	}
	pp, _, err := prepareDataset(ctx, st, bytes.NewReader(copyData), 4<<10)
	if err != nil {
		return err
	}
	fp, err := fingerprint.Compute(ctx, bytes.NewReader(copyData), fingerprint.Hint{Name: "weather.csv"})
	if err != nil {
		return err
	}
	com, err := fp.Commit()
	if err != nil {
		return err
	}
	pp.Fingerprint, pp.Price, pp.Licence = common.Hash(com), ether("0.3"), datatrade.UseRight
	pirateID, rcpt, err := d.m.Publish(ctx, d.parties["pirate"].acct, pp)
	if err != nil {
		return err
	}
	d.paid("pirate", rcpt)
	d.step("2.2 A pirate republishes the data with its rows shuffled and five readings changed, as listing #%d at a third of the price: the chain accepts any listing", pirateID)

	if err := x.Sync(ctx); err != nil {
		return err
	}
	sum := &trackingSummary{PirateListing: pirateID}
	d.summary.Tracking = sum
	err = cat.Register(ctx, pirateID, fp, "hourly weather, Berlin")
	if err == nil {
		return fmt.Errorf("demo: the catalog accepted the pirate's copy")
	}
	if datatrade.ErrorCode(err) != datatrade.ECONFLICT {
		return err
	}
	sum.PirateRefused, sum.Reason = true, datatrade.ErrorMessage(err)
	d.step("2.3 The catalog refuses it: %s", sum.Reason)
	res, err := cat.SearchDescription(ctx, "Berlin weather", 10)
	if err != nil {
		return err
	}
	sum.SearchHits = []uint64{}
	for _, r := range res {
		sum.SearchHits = append(sum.SearchHits, r.Listing.ID)
	}
	d.step("2.4 A buyer searching the catalog for \"Berlin weather\" finds listing(s) %v: only the original", sum.SearchHits)
	d.a.say("")
	return nil
}

// reconcile checks every party's balance: end = start − gas + flow.
func (d *demo) reconcile(ctx context.Context) (bool, error) {
	all := true
	tw := tabwriter.NewWriter(d.a.stderr, 2, 4, 2, ' ', tabwriter.AlignRight)
	if !d.a.quiet && !d.a.jsonOut {
		fmt.Fprintln(tw, "party\tstart (wei)\tgas (wei)\tpaid/received (wei)\tend (wei)\treconciled\t")
	}
	for _, role := range d.order {
		p := d.parties[role]
		end, err := d.c.Balance(ctx, p.Address)
		if err != nil {
			return false, err
		}
		p.End = end
		want := new(big.Int).Sub(p.Start, p.Gas)
		want.Add(want, p.Flow)
		p.Reconciled = want.Cmp(end) == 0
		all = all && p.Reconciled
		d.summary.Parties = append(d.summary.Parties, p)
		if !d.a.quiet && !d.a.jsonOut {
			mark := "yes"
			if !p.Reconciled {
				mark = fmt.Sprintf("NO (off by %s)", new(big.Int).Sub(end, want))
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t\n", p.Role, p.Start, p.Gas, p.Flow, p.End, mark)
		}
	}
	tw.Flush()
	// What is still held must be exactly the exchange's stake.
	held, err := d.c.Balance(ctx, d.m.Deployment().Escrow)
	if err != nil {
		return false, err
	}
	if held.Sign() != 0 {
		all = false
		d.a.warn("Escrow still holds %s after every trade settled", held)
	}
	for name, addr := range d.holders {
		held, err := d.c.Balance(ctx, addr)
		if err != nil {
			return false, err
		}
		if held.Sign() != 0 {
			all = false
			d.a.warn("%s still holds %s after every act settled", name, held)
		}
	}
	d.summary.Reconciled = all
	if all {
		d.a.say("Every balance reconciles to the wei: end = start − gas ± what the story moved. Escrow holds nothing.")
	}
	return all, nil
}

// demoDevAccounts is how many pre-funded dev accounts the demo's embedded
// chain has. Roles by dev key index: 0 admin, 1 exchange operator, 2 seller,
// 3 buyer, 4 pirate; later acts take 5 and up (see laterActs).
const demoDevAccounts = 16

// demoAct is one act of the story after the first two. An act that needs
// the embedded chain (d.node != nil) and runs against --rpc says so and
// returns nil. An act adds its parties with d.addParty, books every
// receipt's gas with d.paid and every value with d.flow, records its
// summary in d.summary.Acts[name], and registers any contract that holds
// funds in d.holders so that reconcile checks it ends empty.
type demoAct func(ctx context.Context) error

// laterActs lists the acts after tracking, in order. Each lives in its own
// file (demo_<name>.go); add one line here per act.
func (d *demo) laterActs() []demoAct {
	return []demoAct{
		d.exchangeAct, // act 3
		d.computeAct,  // act 4
		d.brokerAct,   // act 5
		d.spatialAct,  // act 6
	}
}

// ether parses a decimal amount of ether known to be valid.
func ether(s string) *big.Int {
	v, err := datatrade.ParseAmount(s + "eth")
	if err != nil {
		panic(err) // unreachable: callers pass constants
	}
	return v
}

// short abbreviates a hash or address for the narrative.
func short(v fmt.Stringer) string {
	s := v.String()
	if len(s) > 12 {
		return s[:8] + "…" + s[len(s)-4:]
	}
	return s
}
