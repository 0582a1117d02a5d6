// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC5267} from "@openzeppelin/contracts/interfaces/IERC5267.sol";
import {ExchangeRegistry} from "./ExchangeRegistry.sol";
import {Market} from "./Market.sol";

/// @title Escrow
/// @notice The trades of datatrade (DESIGN.md section 4). A buyer opens a trade on a listing, naming one or more
/// exchanges and depositing the exchange fee F (the highest fee of the named exchanges); Escrow snapshots the
/// price, the seller (payee), the listing root and, per exchange, its fee, measurement, enclave signing address
/// and payee, and locks stake covering the price in every named exchange. The buyer pays the price P; an
/// exchange's enclave signs an EIP-712 Delivery that anyone may submit (commit): the seller and that exchange
/// are paid and refunds end. The exchange then reveals the wrapped key, or the buyer is compensated from its
/// stake. Payments are credited and pulled with withdraw().
/// @dev EIP-712 domain: {name "datatrade", version "1", chainId, verifyingContract, salt}, the salt fixed per
/// deployment so that a statement signed for one deployment is void on any other, even at the same address.
contract Escrow is ReentrancyGuard, IERC5267 {
    /// @notice Trade states. None: no such trade. Open: F deposited. Paid: P deposited too. Committed: delivery
    /// accepted, seller and exchange paid, key not yet revealed. Revealed: key on chain. Compensated: no reveal
    /// in time, buyer paid from the exchange's stake. Refunded: deadline passed without commit. Cancelled: buyer
    /// cancelled before paying. Faulted: an enclave proved a seller fault, buyer refunded in full.
    enum State {
        None,
        Open,
        Paid,
        Committed,
        Revealed,
        Compensated,
        Refunded,
        Cancelled,
        Faulted
    }

    /// @notice What Escrow copied from the registry for one named exchange when the trade opened.
    struct ExchangeSnapshot {
        uint256 id;
        uint256 fee;
        bytes32 measurement;
        address signer;
        address payee;
    }

    /// @notice One trade.
    struct Trade {
        address buyer;
        address seller;
        uint256 listingId;
        uint256 price;
        bytes32 root;
        uint8 licence;
        uint256 feeDeposit;
        uint64 openedAt;
        uint64 deadline;
        State state;
        uint256 committedExchange;
        uint8 committedIndex;
        bytes32 ciphertextCidHash;
        bytes32 wrappedKeyHash;
        uint64 revealDeadline;
        bool hasSample;
        uint8 sampleIndex;
        uint64 cancelledAt;
        bool feeSettled;
        bytes buyerPubKey;
    }

    /// @notice The EIP-712 Delivery statement an exchange's enclave signs at commit (exchange = registry id).
    struct Delivery {
        uint256 tradeId;
        address buyer;
        address seller;
        uint256 price;
        uint256 exchange;
        bytes32 root;
        bytes32 ciphertextCidHash;
        bytes32 wrappedKeyHash;
        uint256 validUntil;
    }

    /// @notice The EIP-712 statement an enclave signs when a chunk of the seller's data does not match the root.
    struct SellerFault {
        uint256 tradeId;
        uint256 exchange;
        bytes32 root;
        uint256 chunkIndex;
    }

    /// @notice The EIP-712 statement an enclave signs when it has served the listing's sample to the buyer.
    struct SampleReceipt {
        uint256 tradeId;
        uint256 exchange;
    }

    string public constant NAME = "datatrade";
    string public constant VERSION = "1";
    bytes32 public constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)");
    bytes32 public constant DELIVERY_TYPEHASH = keccak256(
        "Delivery(uint256 tradeId,address buyer,address seller,uint256 price,uint256 exchange,bytes32 root,bytes32 ciphertextCidHash,bytes32 wrappedKeyHash,uint256 validUntil)"
    );
    bytes32 public constant SELLER_FAULT_TYPEHASH =
        keccak256("SellerFault(uint256 tradeId,uint256 exchange,bytes32 root,uint256 chunkIndex)");
    bytes32 public constant SAMPLE_RECEIPT_TYPEHASH = keccak256("SampleReceipt(uint256 tradeId,uint256 exchange)");

    /// @notice Most exchanges one trade may name.
    uint256 public constant MAX_EXCHANGES = 8;
    /// @notice Longest time from open to deadline (stake stays locked that long).
    uint256 public constant MAX_DURATION = 30 days;

    ExchangeRegistry public immutable registry;
    Market public immutable market;
    /// @notice The per-deployment EIP-712 salt.
    bytes32 public immutable salt;
    /// @notice Seconds after a commit within which the key must be revealed.
    uint64 public immutable revealWindow;
    /// @notice Seconds after a cancel (or after the deadline of an unpaid trade) within which a sample receipt
    /// may still be recorded.
    uint64 public immutable sampleClaimWindow;

    uint256 private immutable _cachedChainId;
    bytes32 private immutable _cachedDomainSeparator;

    /// @notice Number of trades ever opened; ids run from 1 to tradeCount.
    uint256 public tradeCount;
    /// @notice Sum of all credited, not yet withdrawn balances.
    uint256 public totalCredits;
    /// @notice Sum of all deposits held for trades that have not settled them yet.
    uint256 public totalHeld;

    mapping(uint256 => Trade) private _trades;
    mapping(uint256 => ExchangeSnapshot[]) private _snapshots;
    mapping(uint256 => bytes) private _wrappedKeys;
    mapping(address => uint256) private _credits;

    event TradeOpened(
        uint256 indexed tradeId,
        uint256 indexed listingId,
        address indexed buyer,
        address seller,
        uint256 price,
        uint256 feeDeposit,
        bytes32 root,
        uint256[] exchangeIds,
        uint64 deadline,
        bytes buyerPubKey
    );
    event TradePaid(uint256 indexed tradeId, uint256 amount);
    event SampleRecorded(uint256 indexed tradeId, uint256 indexed exchangeId);
    event TradeCommitted(
        uint256 indexed tradeId,
        uint256 indexed exchangeId,
        bytes32 ciphertextCidHash,
        bytes32 wrappedKeyHash,
        uint64 revealDeadline
    );
    event KeyRevealed(uint256 indexed tradeId, uint256 indexed exchangeId, bytes wrappedKey);
    event TradeCompensated(uint256 indexed tradeId, uint256 indexed exchangeId, uint256 amount);
    event SellerFaultProven(uint256 indexed tradeId, uint256 indexed exchangeId, uint256 chunkIndex);
    event TradeCancelled(uint256 indexed tradeId);
    event FeeSettled(uint256 indexed tradeId, address indexed payee, uint256 amount);
    event TradeRefunded(uint256 indexed tradeId, uint256 toBuyer, uint256 toExchange);
    event Credited(address indexed account, uint256 indexed tradeId, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);

    error UnknownTrade(uint256 tradeId);
    error WrongState(uint256 tradeId, uint8 state);
    error NotBuyer(uint256 tradeId, address caller);
    error WrongAmount(uint256 sent, uint256 wanted);
    error DeadlineInPast(uint64 deadline);
    error DeadlineTooFar(uint64 deadline, uint256 latest);
    error EmptyPubKey();
    error ListingInactive(uint256 listingId);
    error ListingIsLocked(uint256 listingId);
    error SellerChanged(uint256 listingId, address seller, address owner);
    error SampleNotReady(uint256 listingId, uint256 readyAtBlock);
    error BadExchangeCount(uint256 count, uint256 max);
    error DuplicateExchange(uint256 exchangeId);
    error ExchangeNotActive(uint256 exchangeId);
    error ExchangeNotAccepted(uint256 listingId, uint256 exchangeId);
    error MeasurementIsRevoked(uint256 exchangeId, bytes32 measurement);
    error InsufficientStake(uint256 exchangeId, uint256 free, uint256 wanted);
    error BadExchangeIndex(uint256 tradeId, uint256 index);
    error DemandClosed(uint256 demandId);
    error OfferStale(uint256 demandId, uint256 offerIndex);
    error TradeExpired(uint256 tradeId, uint64 deadline);
    error TradeNotExpired(uint256 tradeId, uint256 refundableAfter);
    error StatementExpired(uint256 validUntil);
    error MalformedSignature();
    error WrongSigner(address recovered, address expected);
    error WrappedKeyMismatch(bytes32 expected, bytes32 got);
    error RevealWindowClosed(uint256 tradeId, uint64 revealDeadline);
    error RevealWindowOpen(uint256 tradeId, uint64 revealDeadline);
    error SampleAlreadyRecorded(uint256 tradeId, uint256 exchangeId);
    error SampleClaimClosed(uint256 tradeId, uint256 closedAt);
    error SampleClaimOpen(uint256 tradeId, uint256 closesAt);
    error FeeAlreadySettled(uint256 tradeId);
    error NothingToWithdraw(address account);
    error TransferFailed(address to, uint256 amount);
    error UnexpectedEther(address from);

    constructor(
        ExchangeRegistry registry_,
        Market market_,
        bytes32 salt_,
        uint64 revealWindow_,
        uint64 sampleClaimWindow_
    ) {
        registry = registry_;
        market = market_;
        salt = salt_;
        revealWindow = revealWindow_;
        sampleClaimWindow = sampleClaimWindow_;
        _cachedChainId = block.chainid;
        _cachedDomainSeparator = _buildDomainSeparator();
    }

    /// @notice Only the registry sends Ether outside a call that takes it (slashed stake at compensate).
    receive() external payable {
        if (msg.sender != address(registry)) revert UnexpectedEther(msg.sender);
    }

    // ---- opening ----

    /// @notice Opens a trade on a listing at its current price, naming one or more exchanges. msg.value must be
    /// the highest fee among them (F). deadline (unix seconds) is the last moment a delivery may be committed.
    /// @return tradeId the new trade id, from 1.
    function open(uint256 listingId, uint256[] calldata exchangeIds, bytes calldata buyerPubKey, uint64 deadline)
        external
        payable
        nonReentrant
        returns (uint256 tradeId)
    {
        Market.Listing memory l = market.getListing(listingId);
        return _open(listingId, l, l.price, exchangeIds, buyerPubKey, deadline);
    }

    /// @notice Opens a trade on an offer made on one of the caller's demands, at the offer's price and with the
    /// demand's public key. The offer must still come from the listing's current owner.
    function openOffer(uint256 demandId, uint256 offerIndex, uint256[] calldata exchangeIds, uint64 deadline)
        external
        payable
        nonReentrant
        returns (uint256 tradeId)
    {
        Market.Demand memory d = market.getDemand(demandId);
        if (d.buyer != msg.sender) revert NotBuyer(0, msg.sender);
        if (!d.open) revert DemandClosed(demandId);
        Market.Offer memory o = market.getOffer(demandId, offerIndex);
        if (market.ownerOf(o.listingId) != o.seller) revert OfferStale(demandId, offerIndex);
        Market.Listing memory l = market.getListing(o.listingId);
        return _open(o.listingId, l, o.price, exchangeIds, d.buyerPubKey, deadline);
    }

    function _open(
        uint256 listingId,
        Market.Listing memory l,
        uint256 price,
        uint256[] calldata exchangeIds,
        bytes memory buyerPubKey,
        uint64 deadline
    ) private returns (uint256 tradeId) {
        if (deadline <= block.timestamp) revert DeadlineInPast(deadline);
        if (deadline > block.timestamp + MAX_DURATION) revert DeadlineTooFar(deadline, block.timestamp + MAX_DURATION);
        if (buyerPubKey.length == 0) revert EmptyPubKey();
        if (!l.active) revert ListingInactive(listingId);
        if (l.locked) revert ListingIsLocked(listingId);
        if (exchangeIds.length == 0 || exchangeIds.length > MAX_EXCHANGES) {
            revert BadExchangeCount(exchangeIds.length, MAX_EXCHANGES);
        }
        if (l.sampleSeed == bytes32(0)) {
            uint256 ready = uint256(l.publishedBlock) + 2;
            if (block.number < ready) revert SampleNotReady(listingId, ready);
            market.fixSample(listingId);
        }
        tradeId = ++tradeCount;
        Trade storage t = _trades[tradeId];
        t.buyer = msg.sender;
        t.seller = market.ownerOf(listingId);
        t.listingId = listingId;
        t.price = price;
        t.root = l.root;
        t.licence = l.licence;
        t.openedAt = uint64(block.timestamp);
        t.deadline = deadline;
        t.state = State.Open;
        t.buyerPubKey = buyerPubKey;

        uint256 maxFee = _snapshotExchanges(tradeId, l.acceptedExchanges, exchangeIds, price);
        if (msg.value != maxFee) revert WrongAmount(msg.value, maxFee);
        t.feeDeposit = maxFee;
        totalHeld += maxFee;
        emit TradeOpened(
            tradeId, listingId, msg.sender, t.seller, price, maxFee, l.root, exchangeIds, deadline, buyerPubKey
        );
    }

    function _snapshotExchanges(
        uint256 tradeId,
        uint256[] memory accepted,
        uint256[] calldata exchangeIds,
        uint256 price
    ) private returns (uint256 maxFee) {
        ExchangeSnapshot[] storage snaps = _snapshots[tradeId];
        for (uint256 i = 0; i < exchangeIds.length; i++) {
            uint256 id = exchangeIds[i];
            for (uint256 j = 0; j < i; j++) {
                if (exchangeIds[j] == id) revert DuplicateExchange(id);
            }
            if (!registry.isActive(id)) revert ExchangeNotActive(id);
            if (!_accepts(accepted, id)) revert ExchangeNotAccepted(_trades[tradeId].listingId, id);
            ExchangeRegistry.Exchange memory x = registry.getExchange(id);
            if (registry.isRevoked(x.measurement)) revert MeasurementIsRevoked(id, x.measurement);
            uint256 free = x.stake - x.lockedStake;
            if (free < price) revert InsufficientStake(id, free, price);
            registry.lockStake(id, price);
            snaps.push(
                ExchangeSnapshot({
                    id: id,
                    fee: x.fee,
                    measurement: x.measurement,
                    signer: x.enclaveSigner,
                    payee: x.owner
                })
            );
            if (x.fee > maxFee) maxFee = x.fee;
        }
    }

    function _accepts(uint256[] memory accepted, uint256 id) private pure returns (bool) {
        if (accepted.length == 0) return true;
        for (uint256 i = 0; i < accepted.length; i++) {
            if (accepted[i] == id) return true;
        }
        return false;
    }

    // ---- payment ----

    /// @notice The buyer pays the snapshot price P into escrow, before the deadline. An ownership trade locks the
    /// listing (only one paid ownership trade per listing at a time).
    function pay(uint256 tradeId) external payable nonReentrant {
        Trade storage t = _trade(tradeId);
        if (msg.sender != t.buyer) revert NotBuyer(tradeId, msg.sender);
        _requireState(tradeId, t, State.Open);
        if (block.timestamp > t.deadline) revert TradeExpired(tradeId, t.deadline);
        if (msg.value != t.price) revert WrongAmount(msg.value, t.price);
        if (t.licence == 0) {
            address owner = market.ownerOf(t.listingId);
            if (owner != t.seller) revert SellerChanged(t.listingId, t.seller, owner);
            if (market.isLocked(t.listingId)) revert ListingIsLocked(t.listingId);
            market.lockListing(t.listingId);
        }
        t.state = State.Paid;
        totalHeld += msg.value;
        emit TradePaid(tradeId, msg.value);
    }

    // ---- settlement ----

    /// @notice Commits a delivery signed by the enclave of the trade's exchangeIndex-th named exchange. Anyone may
    /// submit it. Pays the seller P and the exchange its fee, refunds the fee surplus to the buyer, releases the
    /// other exchanges' stake and transfers the token of an ownership listing. No refund is possible afterwards.
    function commit(
        uint256 tradeId,
        uint256 exchangeIndex,
        bytes32 ciphertextCidHash,
        bytes32 wrappedKeyHash,
        uint256 validUntil,
        bytes calldata signature
    ) external nonReentrant {
        Trade storage t = _trade(tradeId);
        _requireState(tradeId, t, State.Paid);
        if (block.timestamp > t.deadline) revert TradeExpired(tradeId, t.deadline);
        if (block.timestamp > validUntil) revert StatementExpired(validUntil);
        ExchangeSnapshot memory x = _usableSnapshot(tradeId, exchangeIndex);
        Delivery memory d = Delivery({
            tradeId: tradeId,
            buyer: t.buyer,
            seller: t.seller,
            price: t.price,
            exchange: x.id,
            root: t.root,
            ciphertextCidHash: ciphertextCidHash,
            wrappedKeyHash: wrappedKeyHash,
            validUntil: validUntil
        });
        _checkSigner(_digest(keccak256(abi.encode(DELIVERY_TYPEHASH, d))), signature, x.signer);

        t.state = State.Committed;
        t.committedExchange = x.id;
        t.committedIndex = uint8(exchangeIndex);
        t.ciphertextCidHash = ciphertextCidHash;
        t.wrappedKeyHash = wrappedKeyHash;
        uint64 revealDeadline = uint64(block.timestamp) + revealWindow;
        t.revealDeadline = revealDeadline;

        _pay(tradeId, t.seller, t.price);
        _pay(tradeId, x.payee, x.fee);
        _pay(tradeId, t.buyer, t.feeDeposit - x.fee);
        _unlockStakes(tradeId, t.price, exchangeIndex);
        if (t.licence == 0) market.escrowTransfer(t.listingId, t.buyer);
        emit TradeCommitted(tradeId, x.id, ciphertextCidHash, wrappedKeyHash, revealDeadline);
    }

    /// @notice Publishes the wrapped key of a committed trade; anyone may submit it before the reveal deadline.
    /// keccak256(wrappedKey) must equal the committed wrappedKeyHash. Releases the exchange's stake.
    function reveal(uint256 tradeId, bytes calldata wrappedKey) external nonReentrant {
        Trade storage t = _trade(tradeId);
        _requireState(tradeId, t, State.Committed);
        if (block.timestamp > t.revealDeadline) revert RevealWindowClosed(tradeId, t.revealDeadline);
        bytes32 h = keccak256(wrappedKey);
        if (h != t.wrappedKeyHash) revert WrappedKeyMismatch(t.wrappedKeyHash, h);
        t.state = State.Revealed;
        _wrappedKeys[tradeId] = wrappedKey;
        registry.unlockStake(t.committedExchange, t.price);
        emit KeyRevealed(tradeId, t.committedExchange, wrappedKey);
    }

    /// @notice After the reveal deadline of a committed trade whose key was never revealed, pays the buyer the
    /// price out of the committing exchange's stake. Anyone may call it.
    function compensate(uint256 tradeId) external nonReentrant {
        Trade storage t = _trade(tradeId);
        _requireState(tradeId, t, State.Committed);
        if (block.timestamp <= t.revealDeadline) revert RevealWindowOpen(tradeId, t.revealDeadline);
        t.state = State.Compensated;
        uint256 before = address(this).balance;
        registry.slashStake(t.committedExchange, t.price, address(this));
        uint256 got = address(this).balance - before;
        _credits[t.buyer] += got;
        totalCredits += got;
        emit Credited(t.buyer, tradeId, got);
        emit TradeCompensated(tradeId, t.committedExchange, got);
    }

    /// @notice Before a commit, an enclave of a named exchange proves that the seller's data does not match the
    /// listing root: the buyer gets P (if paid) and F back, stakes and the listing are released.
    function sellerFault(uint256 tradeId, uint256 exchangeIndex, uint256 chunkIndex, bytes calldata signature)
        external
        nonReentrant
    {
        Trade storage t = _trade(tradeId);
        State s = t.state;
        if (s != State.Open && s != State.Paid) revert WrongState(tradeId, uint8(s));
        ExchangeSnapshot memory x = _usableSnapshot(tradeId, exchangeIndex);
        SellerFault memory f = SellerFault({tradeId: tradeId, exchange: x.id, root: t.root, chunkIndex: chunkIndex});
        _checkSigner(_digest(keccak256(abi.encode(SELLER_FAULT_TYPEHASH, f))), signature, x.signer);
        t.state = State.Faulted;
        uint256 back = t.feeDeposit;
        if (s == State.Paid) {
            back += t.price;
            if (t.licence == 0) market.unlockListing(t.listingId);
        }
        _pay(tradeId, t.buyer, back);
        _unlockStakes(tradeId, t.price, type(uint256).max);
        emit SellerFaultProven(tradeId, x.id, chunkIndex);
    }

    /// @notice Records that the exchangeIndex-th named exchange served the listing's sample (its enclave signed a
    /// SampleReceipt). Allowed while the trade is open and unpaid, and within sampleClaimWindow after a cancel;
    /// after a cancel it pays F to that exchange at once. The first receipt wins.
    function recordSample(uint256 tradeId, uint256 exchangeIndex, bytes calldata signature) external nonReentrant {
        Trade storage t = _trade(tradeId);
        if (t.state == State.Cancelled) {
            if (t.feeSettled) revert FeeAlreadySettled(tradeId);
            uint256 closes = uint256(t.cancelledAt) + sampleClaimWindow;
            if (block.timestamp > closes) revert SampleClaimClosed(tradeId, closes);
        } else if (t.state != State.Open) {
            revert WrongState(tradeId, uint8(t.state));
        }
        ExchangeSnapshot memory x = _usableSnapshot(tradeId, exchangeIndex);
        if (t.hasSample) revert SampleAlreadyRecorded(tradeId, _snapshots[tradeId][t.sampleIndex].id);
        SampleReceipt memory r = SampleReceipt({tradeId: tradeId, exchange: x.id});
        _checkSigner(_digest(keccak256(abi.encode(SAMPLE_RECEIPT_TYPEHASH, r))), signature, x.signer);
        t.hasSample = true;
        t.sampleIndex = uint8(exchangeIndex);
        emit SampleRecorded(tradeId, x.id);
        if (t.state == State.Cancelled) _settleFeeToSample(tradeId, t);
    }

    /// @notice The buyer cancels an unpaid trade before its deadline. Stakes are released. F goes to the exchange
    /// that recorded a sample receipt, now or within sampleClaimWindow; otherwise back to the buyer through
    /// settleCancel once that window has closed.
    function cancel(uint256 tradeId) external nonReentrant {
        Trade storage t = _trade(tradeId);
        if (msg.sender != t.buyer) revert NotBuyer(tradeId, msg.sender);
        _requireState(tradeId, t, State.Open);
        if (block.timestamp > t.deadline) revert TradeExpired(tradeId, t.deadline);
        t.state = State.Cancelled;
        t.cancelledAt = uint64(block.timestamp);
        _unlockStakes(tradeId, t.price, type(uint256).max);
        emit TradeCancelled(tradeId);
        if (t.hasSample) _settleFeeToSample(tradeId, t);
    }

    /// @notice After the sample claim window of a cancelled trade closed without a receipt, returns F to the
    /// buyer. Anyone may call it.
    function settleCancel(uint256 tradeId) external nonReentrant {
        Trade storage t = _trade(tradeId);
        _requireState(tradeId, t, State.Cancelled);
        if (t.feeSettled) revert FeeAlreadySettled(tradeId);
        uint256 closes = uint256(t.cancelledAt) + sampleClaimWindow;
        if (block.timestamp <= closes) revert SampleClaimOpen(tradeId, closes);
        t.feeSettled = true;
        _pay(tradeId, t.buyer, t.feeDeposit);
        emit FeeSettled(tradeId, t.buyer, t.feeDeposit);
    }

    /// @notice After the deadline, when nothing was committed: the buyer gets P and F back. For an unpaid trade
    /// the refund waits a further sampleClaimWindow, and F goes to the exchange that recorded a sample receipt
    /// (its fee; any surplus to the buyer). Releases stakes and the listing. Anyone may call it.
    function refund(uint256 tradeId) external nonReentrant {
        Trade storage t = _trade(tradeId);
        State s = t.state;
        uint256 toBuyer;
        uint256 toExchange;
        if (s == State.Paid) {
            if (block.timestamp <= t.deadline) revert TradeNotExpired(tradeId, t.deadline);
            toBuyer = t.price + t.feeDeposit;
            if (t.licence == 0) market.unlockListing(t.listingId);
        } else if (s == State.Open) {
            uint256 after_ = uint256(t.deadline) + sampleClaimWindow;
            if (block.timestamp <= after_) revert TradeNotExpired(tradeId, after_);
            toBuyer = t.feeDeposit;
            if (t.hasSample) {
                ExchangeSnapshot storage x = _snapshots[tradeId][t.sampleIndex];
                toExchange = x.fee;
                toBuyer -= x.fee;
                _pay(tradeId, x.payee, toExchange);
            }
        } else {
            revert WrongState(tradeId, uint8(s));
        }
        t.state = State.Refunded;
        _pay(tradeId, t.buyer, toBuyer);
        _unlockStakes(tradeId, t.price, type(uint256).max);
        emit TradeRefunded(tradeId, toBuyer, toExchange);
    }

    // ---- pull payments ----

    /// @notice Sends the caller its whole credited balance.
    function withdraw() external nonReentrant {
        uint256 amount = _credits[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        _credits[msg.sender] = 0;
        totalCredits -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender, amount);
    }

    /// @notice Returns an account's credited balance, ready to withdraw.
    function credit(address account) external view returns (uint256) {
        return _credits[account];
    }

    // ---- views ----

    /// @notice Returns a trade; reverts UnknownTrade for an id never opened.
    function getTrade(uint256 tradeId) external view returns (Trade memory) {
        return _trade(tradeId);
    }

    /// @notice Returns the exchange snapshots of a trade, in the order the buyer named them.
    function getTradeExchanges(uint256 tradeId) external view returns (ExchangeSnapshot[] memory) {
        _trade(tradeId);
        return _snapshots[tradeId];
    }

    /// @notice Returns the wrapped key revealed for a trade (empty before the reveal).
    function getWrappedKey(uint256 tradeId) external view returns (bytes memory) {
        _trade(tradeId);
        return _wrappedKeys[tradeId];
    }

    // ---- EIP-712 ----

    /// @notice The EIP-712 domain separator: {name "datatrade", version "1", chainId, this, salt}.
    function domainSeparator() public view returns (bytes32) {
        if (block.chainid == _cachedChainId) return _cachedDomainSeparator;
        return _buildDomainSeparator();
    }

    /// @inheritdoc IERC5267
    function eip712Domain()
        external
        view
        returns (
            bytes1 fields,
            string memory name,
            string memory version,
            uint256 chainId,
            address verifyingContract,
            bytes32 domainSalt,
            uint256[] memory extensions
        )
    {
        return (hex"1f", NAME, VERSION, block.chainid, address(this), salt, new uint256[](0));
    }

    /// @notice The EIP-712 struct hash of a Delivery.
    function hashDelivery(Delivery calldata d) external pure returns (bytes32) {
        return keccak256(abi.encode(DELIVERY_TYPEHASH, d));
    }

    /// @notice The EIP-712 digest an enclave signs for a Delivery.
    function deliveryDigest(Delivery calldata d) external view returns (bytes32) {
        return _digest(keccak256(abi.encode(DELIVERY_TYPEHASH, d)));
    }

    /// @notice The EIP-712 struct hash of a SellerFault.
    function hashSellerFault(SellerFault calldata f) external pure returns (bytes32) {
        return keccak256(abi.encode(SELLER_FAULT_TYPEHASH, f));
    }

    /// @notice The EIP-712 digest an enclave signs for a SellerFault.
    function sellerFaultDigest(SellerFault calldata f) external view returns (bytes32) {
        return _digest(keccak256(abi.encode(SELLER_FAULT_TYPEHASH, f)));
    }

    /// @notice The EIP-712 struct hash of a SampleReceipt.
    function hashSampleReceipt(SampleReceipt calldata r) external pure returns (bytes32) {
        return keccak256(abi.encode(SAMPLE_RECEIPT_TYPEHASH, r));
    }

    /// @notice The EIP-712 digest an enclave signs for a SampleReceipt.
    function sampleReceiptDigest(SampleReceipt calldata r) external view returns (bytes32) {
        return _digest(keccak256(abi.encode(SAMPLE_RECEIPT_TYPEHASH, r)));
    }

    // ---- internals ----

    function _buildDomainSeparator() private view returns (bytes32) {
        return keccak256(
            abi.encode(
                DOMAIN_TYPEHASH, keccak256(bytes(NAME)), keccak256(bytes(VERSION)), block.chainid, address(this), salt
            )
        );
    }

    function _digest(bytes32 structHash) private view returns (bytes32) {
        return MessageHashUtils.toTypedDataHash(domainSeparator(), structHash);
    }

    function _checkSigner(bytes32 digest, bytes calldata signature, address expected) private pure {
        (address got, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err != ECDSA.RecoverError.NoError) revert MalformedSignature();
        if (got != expected) revert WrongSigner(got, expected);
    }

    function _trade(uint256 tradeId) private view returns (Trade storage t) {
        t = _trades[tradeId];
        if (t.state == State.None) revert UnknownTrade(tradeId);
    }

    function _requireState(uint256 tradeId, Trade storage t, State want) private view {
        if (t.state != want) revert WrongState(tradeId, uint8(t.state));
    }

    /// @dev The snapshot of a named exchange whose measurement has not been revoked since.
    function _usableSnapshot(uint256 tradeId, uint256 index) private view returns (ExchangeSnapshot memory x) {
        ExchangeSnapshot[] storage snaps = _snapshots[tradeId];
        if (index >= snaps.length) revert BadExchangeIndex(tradeId, index);
        x = snaps[index];
        if (registry.isRevoked(x.measurement)) revert MeasurementIsRevoked(x.id, x.measurement);
    }

    function _unlockStakes(uint256 tradeId, uint256 amount, uint256 except) private {
        ExchangeSnapshot[] storage snaps = _snapshots[tradeId];
        for (uint256 i = 0; i < snaps.length; i++) {
            if (i != except) registry.unlockStake(snaps[i].id, amount);
        }
    }

    function _settleFeeToSample(uint256 tradeId, Trade storage t) private {
        ExchangeSnapshot storage x = _snapshots[tradeId][t.sampleIndex];
        t.feeSettled = true;
        _pay(tradeId, x.payee, x.fee);
        _pay(tradeId, t.buyer, t.feeDeposit - x.fee);
        emit FeeSettled(tradeId, x.payee, x.fee);
    }

    /// @dev Moves amount of held deposits to an account's credit.
    function _pay(uint256 tradeId, address to, uint256 amount) private {
        if (amount == 0) return;
        totalHeld -= amount;
        _credits[to] += amount;
        totalCredits += amount;
        emit Credited(to, tradeId, amount);
    }
}
