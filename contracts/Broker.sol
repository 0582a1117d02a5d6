// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {Market} from "./Market.sol";

/// @title Broker
/// @notice The broker trade path of datatrade for deployments without a TEE (DESIGN.md section 7, the tracking
/// paper's scenario 1). A seller offers a listing on the broker path (setTerms). A buyer opens a broker trade,
/// paying the listing's price P plus the platform's fee F into this contract; for an ownership listing the
/// listing token moves into the Broker's custody (the seller approves the Broker beforehand). The platform relays
/// the data encrypted to the buyer; the seller's signed Sent notice (anyone submits it) marks the delivery; the
/// platform posts the buyer's signed Received notice with the result of the fingerprint consistency check. The
/// buyer confirms (seller paid P, platform F, token to the buyer) or complains; a mismatch or a complaint opens a
/// dispute: the seller must upload the data to the platform by the dispute deadline and the platform decides.
/// Deadlines: no delivery by the delivery deadline -> refund; no confirmation by the confirmation deadline ->
/// forced transfer to the seller; no upload by the dispute deadline, or no decision by the decision deadline ->
/// refund. A use right is sold per query: the buyer prepays N queries at the listing's per-query price, the
/// platform charges each answered query with the buyer's signed Query request, the unused rest is refunded
/// after expiry. Payments are credited and pulled with withdraw().
/// @dev EIP-712 domain: {name "datatrade", version "1", chainId, verifyingContract (this Broker), salt}. (No
/// ERC-5267 eip712Domain(): its generated binding type would clash with Escrow's; salt() and domainSeparator()
/// give the same.)
contract Broker is ReentrancyGuard {
    /// @notice Trade states. Open: paid, awaiting delivery. Delivered: the seller's Sent notice is on chain.
    /// Checked: the platform found the buyer's fingerprint consistent. Disputed: a mismatch or a complaint.
    /// Completed: seller and platform paid. Refunded: buyer refunded.
    enum State {
        None,
        Open,
        Delivered,
        Checked,
        Disputed,
        Completed,
        Refunded
    }

    /// @notice A seller's terms for the broker path of one listing.
    struct Terms {
        bool offered;
        uint256 queryPrice;
    }

    /// @notice One broker trade.
    struct Trade {
        address buyer;
        address seller;
        uint256 listingId;
        uint256 price;
        uint256 fee;
        bytes32 fingerprint;
        uint8 licence;
        bool custody;
        State state;
        uint64 openedAt;
        uint64 deliveryDeadline;
        uint64 confirmDeadline;
        uint64 disputeDeadline;
        bytes32 ciphertextHash;
        bytes32 buyerFingerprint;
        bytes32 uploadHash;
    }

    /// @notice Prepaid queries on a listing (a use right charged per query).
    struct QueryPackage {
        address buyer;
        address payee;
        uint256 listingId;
        uint256 queryPrice;
        uint256 queryFee;
        uint32 count;
        uint32 used;
        uint64 expiry;
        bool closed;
    }

    /// @notice The seller's EIP-712 notice that the encrypted data was sent to the buyer through the platform.
    struct Sent {
        uint256 tradeId;
        address buyer;
        bytes32 fingerprint;
        bytes32 ciphertextHash;
        uint64 sentAt;
    }

    /// @notice The buyer's EIP-712 notice of what it received: the commitment of the fingerprint it computed.
    struct Received {
        uint256 tradeId;
        address seller;
        bytes32 fingerprint;
        bytes32 ciphertextHash;
        uint64 receivedAt;
    }

    /// @notice The buyer's EIP-712 request for one query of a package (seq counts from 0).
    struct Query {
        uint256 packageId;
        uint32 seq;
        bytes32 queryHash;
    }

    string public constant NAME = "datatrade";
    string public constant VERSION = "1";
    bytes32 public constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)");
    bytes32 public constant SENT_TYPEHASH =
        keccak256("Sent(uint256 tradeId,address buyer,bytes32 fingerprint,bytes32 ciphertextHash,uint64 sentAt)");
    bytes32 public constant RECEIVED_TYPEHASH = keccak256(
        "Received(uint256 tradeId,address seller,bytes32 fingerprint,bytes32 ciphertextHash,uint64 receivedAt)"
    );
    bytes32 public constant QUERY_TYPEHASH = keccak256("Query(uint256 packageId,uint32 seq,bytes32 queryHash)");

    /// @notice Highest platform fee, in basis points of the price.
    uint16 public constant MAX_FEE_BPS = 2000;

    Market public immutable market;
    /// @notice The per-deployment EIP-712 salt.
    bytes32 public immutable salt;
    /// @notice Seconds from open within which the seller must deliver.
    uint64 public immutable deliveryWindow;
    /// @notice Seconds from delivery within which the buyer confirms or complains.
    uint64 public immutable confirmWindow;
    /// @notice Seconds from a dispute within which the seller must upload; the platform then has as long again
    /// to decide.
    uint64 public immutable disputeWindow;
    /// @notice Seconds a query package stays usable.
    uint64 public immutable queryWindow;

    uint256 private immutable _cachedChainId;
    bytes32 private immutable _cachedDomainSeparator;

    /// @notice The platform: relays, checks, decides disputes, charges queries, anchors the board; receives fees.
    address public platform;
    /// @notice The platform fee in basis points of the price, snapshotted when a trade or package opens.
    uint16 public feeBps;
    /// @notice Number of trades ever opened; ids run from 1.
    uint256 public tradeCount;
    /// @notice Number of query packages ever bought; ids run from 1.
    uint256 public packageCount;
    /// @notice Sum of all credited, not yet withdrawn balances.
    uint256 public totalCredits;
    /// @notice Sum of all payments held for trades and packages not settled yet.
    uint256 public totalHeld;

    mapping(uint256 => Terms) private _terms;
    mapping(uint256 => Trade) private _trades;
    mapping(uint256 => QueryPackage) private _packages;
    mapping(address => uint256) private _credits;
    /// @dev listing id => who is owed its token after a transfer the Market refused at settlement.
    mapping(uint256 => address) private _tokenOwed;

    event TermsSet(uint256 indexed listingId, bool offered, uint256 queryPrice);
    event TradeOpened(
        uint256 indexed tradeId,
        uint256 indexed listingId,
        address indexed buyer,
        address seller,
        uint256 price,
        uint256 fee,
        uint64 deliveryDeadline
    );
    event DataSent(uint256 indexed tradeId, bytes32 ciphertextHash, uint64 sentAt, uint64 confirmDeadline);
    event ConsistencyChecked(
        uint256 indexed tradeId, bool consistent, bytes32 buyerFingerprint, bytes32 ciphertextHash, uint64 receivedAt
    );
    event Confirmed(uint256 indexed tradeId);
    event DisputeOpened(uint256 indexed tradeId, address indexed by, bytes32 reason, uint64 disputeDeadline);
    event SellerUploaded(uint256 indexed tradeId, bytes32 uploadHash);
    event DisputeDecided(uint256 indexed tradeId, bool toSeller);
    event TradeCompleted(uint256 indexed tradeId, bool forced);
    event TradeRefunded(uint256 indexed tradeId);
    event TokenOwed(uint256 indexed listingId, address indexed to);
    event TokenReleased(uint256 indexed listingId, address indexed to);
    event QueriesBought(
        uint256 indexed packageId,
        uint256 indexed listingId,
        address indexed buyer,
        address payee,
        uint32 count,
        uint256 queryPrice,
        uint256 queryFee,
        uint64 expiry
    );
    event QueryCharged(uint256 indexed packageId, uint32 seq, bytes32 queryHash);
    event PackageClosed(uint256 indexed packageId, uint32 unused);
    event Credited(address indexed account, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event PlatformChanged(address indexed platform);
    event FeeChanged(uint16 feeBps);

    error NotPlatform(address caller);
    error NotBuyer(uint256 tradeId, address caller);
    error NotListingOwner(uint256 listingId, address caller);
    error UnknownTrade(uint256 tradeId);
    error UnknownPackage(uint256 packageId);
    error WrongState(uint256 tradeId, uint8 state);
    error NotOffered(uint256 listingId);
    error QueriesNotOffered(uint256 listingId);
    error ListingNotActive(uint256 listingId);
    error ListingLocked(uint256 listingId);
    error ListingInCustody(uint256 listingId);
    error TokenNotApproved(uint256 listingId);
    error SelfDealing();
    error WrongValue(uint256 got, uint256 want);
    error DeadlinePassed(uint256 id, uint64 deadline);
    error NotDue(uint256 id, uint64 dueAt);
    error MalformedSignature();
    error WrongSigner(address got, address want);
    error ZeroCount();
    error ZeroHash();
    error ZeroAddress();
    error ZeroWindow();
    error FeeTooHigh(uint16 feeBps, uint16 max);
    error AlreadyUploaded(uint256 tradeId);
    error NoUpload(uint256 tradeId);
    error PackageIsClosed(uint256 packageId);
    error QueriesExhausted(uint256 packageId);
    error WrongSequence(uint256 packageId, uint32 got, uint32 want);
    error NoTokenOwed(uint256 listingId);
    error NothingToWithdraw(address account);
    error TransferFailed(address to, uint256 amount);

    constructor(
        Market market_,
        address platform_,
        bytes32 salt_,
        uint16 feeBps_,
        uint64 deliveryWindow_,
        uint64 confirmWindow_,
        uint64 disputeWindow_,
        uint64 queryWindow_
    ) {
        if (address(market_) == address(0) || platform_ == address(0)) revert ZeroAddress();
        if (feeBps_ > MAX_FEE_BPS) revert FeeTooHigh(feeBps_, MAX_FEE_BPS);
        if (deliveryWindow_ == 0 || confirmWindow_ == 0 || disputeWindow_ == 0 || queryWindow_ == 0) {
            revert ZeroWindow();
        }
        market = market_;
        platform = platform_;
        salt = salt_;
        feeBps = feeBps_;
        deliveryWindow = deliveryWindow_;
        confirmWindow = confirmWindow_;
        disputeWindow = disputeWindow_;
        queryWindow = queryWindow_;
        _cachedChainId = block.chainid;
        _cachedDomainSeparator = _buildDomainSeparator();
    }

    modifier onlyPlatform() {
        if (msg.sender != platform) revert NotPlatform(msg.sender);
        _;
    }

    // ---- platform administration ----

    /// @notice Hands the platform role to another account (the platform only).
    function setPlatform(address platform_) external onlyPlatform {
        if (platform_ == address(0)) revert ZeroAddress();
        platform = platform_;
        emit PlatformChanged(platform_);
    }

    /// @notice Sets the fee for trades and packages opened from now on (the platform only).
    function setFee(uint16 feeBps_) external onlyPlatform {
        if (feeBps_ > MAX_FEE_BPS) revert FeeTooHigh(feeBps_, MAX_FEE_BPS);
        feeBps = feeBps_;
        emit FeeChanged(feeBps_);
    }

    /// @notice The platform fee on an amount at the current rate: amount * feeBps / 10000, rounded down.
    function feeOf(uint256 amount) public view returns (uint256) {
        return amount * feeBps / 10000;
    }

    // ---- terms ----

    /// @notice Offers (or withdraws) a listing on the broker path with a per-query price for its use right
    /// (0: no queries). The listing token's owner only. Running trades and packages keep their snapshot.
    function setTerms(uint256 listingId, bool offered, uint256 queryPrice) external {
        if (market.ownerOf(listingId) != msg.sender) revert NotListingOwner(listingId, msg.sender);
        _terms[listingId] = Terms({offered: offered, queryPrice: queryPrice});
        emit TermsSet(listingId, offered, queryPrice);
    }

    /// @notice A listing's broker terms (zero if never set).
    function getTerms(uint256 listingId) external view returns (Terms memory) {
        return _terms[listingId];
    }

    // ---- trades ----

    /// @notice Opens a broker trade on an offered, active listing: msg.value must be the price plus the
    /// platform fee (feeOf(price)). The seller is the token owner; for an ownership listing the token moves into
    /// the Broker's custody until the trade ends, so the seller must have approved the Broker for it.
    function open(uint256 listingId) external payable nonReentrant returns (uint256 tradeId) {
        Market.Listing memory l = market.getListing(listingId);
        if (!_terms[listingId].offered) revert NotOffered(listingId);
        if (!l.active) revert ListingNotActive(listingId);
        if (l.locked) revert ListingLocked(listingId);
        address seller = market.ownerOf(listingId);
        if (seller == address(this)) revert ListingInCustody(listingId);
        if (seller == msg.sender) revert SelfDealing();
        uint256 fee = feeOf(l.price);
        if (msg.value != l.price + fee) revert WrongValue(msg.value, l.price + fee);
        bool custody = l.licence == 0;
        if (custody) {
            if (market.getApproved(listingId) != address(this) && !market.isApprovedForAll(seller, address(this))) {
                revert TokenNotApproved(listingId);
            }
        }
        tradeId = ++tradeCount;
        Trade storage t = _trades[tradeId];
        t.buyer = msg.sender;
        t.seller = seller;
        t.listingId = listingId;
        t.price = l.price;
        t.fee = fee;
        t.fingerprint = l.fingerprint;
        t.licence = l.licence;
        t.custody = custody;
        t.state = State.Open;
        t.openedAt = uint64(block.timestamp);
        t.deliveryDeadline = uint64(block.timestamp) + deliveryWindow;
        totalHeld += msg.value;
        emit TradeOpened(tradeId, listingId, msg.sender, seller, l.price, fee, t.deliveryDeadline);
        if (custody) market.transferFrom(seller, address(this), listingId);
    }

    /// @notice Records the seller's signed Sent notice (anyone may submit it, usually the platform that relayed
    /// the data) before the delivery deadline. Starts the confirmation window.
    function notifySent(uint256 tradeId, bytes32 ciphertextHash, uint64 sentAt, bytes calldata sellerSig) external {
        Trade storage t = _trade(tradeId);
        _requireState(tradeId, t, State.Open);
        if (block.timestamp > t.deliveryDeadline) revert DeadlinePassed(tradeId, t.deliveryDeadline);
        if (ciphertextHash == bytes32(0)) revert ZeroHash();
        bytes32 h = keccak256(abi.encode(SENT_TYPEHASH, tradeId, t.buyer, t.fingerprint, ciphertextHash, sentAt));
        _checkSigner(_digest(h), sellerSig, t.seller);
        t.state = State.Delivered;
        t.ciphertextHash = ciphertextHash;
        t.confirmDeadline = uint64(block.timestamp) + confirmWindow;
        emit DataSent(tradeId, ciphertextHash, sentAt, t.confirmDeadline);
    }

    /// @notice The platform posts the buyer's signed Received notice and the result of the fingerprint
    /// consistency check, before the confirmation deadline. Consistent: the trade is Checked (the buyer confirms,
    /// or the deadline forces the transfer). Inconsistent: a dispute opens.
    function postCheck(
        uint256 tradeId,
        bytes32 buyerFingerprint,
        bytes32 ciphertextHash,
        uint64 receivedAt,
        bytes calldata buyerSig,
        bool consistent
    ) external onlyPlatform {
        Trade storage t = _trade(tradeId);
        _requireState(tradeId, t, State.Delivered);
        if (block.timestamp > t.confirmDeadline) revert DeadlinePassed(tradeId, t.confirmDeadline);
        bytes32 h =
            keccak256(abi.encode(RECEIVED_TYPEHASH, tradeId, t.seller, buyerFingerprint, ciphertextHash, receivedAt));
        _checkSigner(_digest(h), buyerSig, t.buyer);
        t.buyerFingerprint = buyerFingerprint;
        emit ConsistencyChecked(tradeId, consistent, buyerFingerprint, ciphertextHash, receivedAt);
        if (consistent) {
            t.state = State.Checked;
        } else {
            _openDispute(tradeId, t, bytes32("fingerprint mismatch"));
        }
    }

    /// @notice The buyer confirms the delivery: the seller is credited the price, the platform the fee, and the
    /// token of an ownership listing goes to the buyer.
    function confirm(uint256 tradeId) external nonReentrant {
        Trade storage t = _trade(tradeId);
        if (msg.sender != t.buyer) revert NotBuyer(tradeId, msg.sender);
        if (t.state != State.Delivered && t.state != State.Checked) revert WrongState(tradeId, uint8(t.state));
        emit Confirmed(tradeId);
        _complete(tradeId, t, false);
    }

    /// @notice The buyer complains about a delivery before the confirmation deadline: a dispute opens.
    function complain(uint256 tradeId, bytes32 reason) external {
        Trade storage t = _trade(tradeId);
        if (msg.sender != t.buyer) revert NotBuyer(tradeId, msg.sender);
        if (t.state != State.Delivered && t.state != State.Checked) revert WrongState(tradeId, uint8(t.state));
        if (block.timestamp > t.confirmDeadline) revert DeadlinePassed(tradeId, t.confirmDeadline);
        _openDispute(tradeId, t, reason);
    }

    /// @notice The platform records that the seller uploaded the data for a disputed trade (uploadHash: the hash
    /// of what it received), before the dispute deadline.
    function recordUpload(uint256 tradeId, bytes32 uploadHash) external onlyPlatform {
        Trade storage t = _trade(tradeId);
        _requireState(tradeId, t, State.Disputed);
        if (block.timestamp > t.disputeDeadline) revert DeadlinePassed(tradeId, t.disputeDeadline);
        if (uploadHash == bytes32(0)) revert ZeroHash();
        if (t.uploadHash != bytes32(0)) revert AlreadyUploaded(tradeId);
        t.uploadHash = uploadHash;
        emit SellerUploaded(tradeId, uploadHash);
    }

    /// @notice The platform decides a dispute by the decision deadline (decisionDeadline): toSeller pays the
    /// seller (only after a recorded upload), otherwise the buyer is refunded.
    function decide(uint256 tradeId, bool toSeller) external onlyPlatform nonReentrant {
        Trade storage t = _trade(tradeId);
        _requireState(tradeId, t, State.Disputed);
        uint64 dl = t.disputeDeadline + disputeWindow;
        if (block.timestamp > dl) revert DeadlinePassed(tradeId, dl);
        if (toSeller && t.uploadHash == bytes32(0)) revert NoUpload(tradeId);
        emit DisputeDecided(tradeId, toSeller);
        if (toSeller) {
            _complete(tradeId, t, false);
        } else {
            _refund(tradeId, t);
        }
    }

    /// @notice Refunds the buyer once a deadline has passed: an open trade after its delivery deadline, a
    /// disputed trade after the dispute deadline without an upload, or after the decision deadline without a
    /// decision. Anyone may call it.
    function refund(uint256 tradeId) external nonReentrant {
        Trade storage t = _trade(tradeId);
        uint64 due;
        if (t.state == State.Open) {
            due = t.deliveryDeadline;
        } else if (t.state == State.Disputed) {
            due = t.uploadHash == bytes32(0) ? t.disputeDeadline : t.disputeDeadline + disputeWindow;
        } else {
            revert WrongState(tradeId, uint8(t.state));
        }
        if (block.timestamp <= due) revert NotDue(tradeId, due);
        _refund(tradeId, t);
    }

    /// @notice Pays the seller of a delivered trade the buyer did not confirm nor dispute by the confirmation
    /// deadline (the paper's mandatory payment transfer). Anyone may call it.
    function forceTransfer(uint256 tradeId) external nonReentrant {
        Trade storage t = _trade(tradeId);
        if (t.state != State.Delivered && t.state != State.Checked) revert WrongState(tradeId, uint8(t.state));
        if (block.timestamp <= t.confirmDeadline) revert NotDue(tradeId, t.confirmDeadline);
        _complete(tradeId, t, true);
    }

    /// @notice The deadline by which the platform must decide a disputed trade (0 if not disputed).
    function decisionDeadline(uint256 tradeId) external view returns (uint64) {
        Trade storage t = _trade(tradeId);
        return t.disputeDeadline == 0 ? 0 : t.disputeDeadline + disputeWindow;
    }

    /// @notice Returns a trade; reverts UnknownTrade.
    function getTrade(uint256 tradeId) external view returns (Trade memory) {
        return _trade(tradeId);
    }

    /// @notice Hands over a listing token the Market refused to move at settlement (e.g. while an Escrow trade
    /// held it locked). Anyone may call it.
    function releaseToken(uint256 listingId) external nonReentrant {
        address to = _tokenOwed[listingId];
        if (to == address(0)) revert NoTokenOwed(listingId);
        delete _tokenOwed[listingId];
        emit TokenReleased(listingId, to);
        market.transferFrom(address(this), to, listingId);
    }

    /// @notice Who is owed a listing token the Broker still holds after settlement (zero: nobody).
    function tokenOwed(uint256 listingId) external view returns (address) {
        return _tokenOwed[listingId];
    }

    // ---- use right: per-query charges ----

    /// @notice Prepays count queries on a listing at its per-query price plus the platform fee per query
    /// (msg.value = count * (queryPrice + feeOf(queryPrice))). The payee is the listing's owner now.
    function buyQueries(uint256 listingId, uint32 count) external payable returns (uint256 packageId) {
        Terms storage terms = _terms[listingId];
        if (!terms.offered) revert NotOffered(listingId);
        if (terms.queryPrice == 0) revert QueriesNotOffered(listingId);
        if (count == 0) revert ZeroCount();
        address payee = market.ownerOf(listingId);
        if (payee == address(this)) revert ListingInCustody(listingId);
        if (!market.getListing(listingId).active) revert ListingNotActive(listingId);
        uint256 qfee = feeOf(terms.queryPrice);
        uint256 want = uint256(count) * (terms.queryPrice + qfee);
        if (msg.value != want) revert WrongValue(msg.value, want);
        packageId = ++packageCount;
        uint64 expiry = uint64(block.timestamp) + queryWindow;
        _packages[packageId] = QueryPackage({
            buyer: msg.sender,
            payee: payee,
            listingId: listingId,
            queryPrice: terms.queryPrice,
            queryFee: qfee,
            count: count,
            used: 0,
            expiry: expiry,
            closed: false
        });
        totalHeld += msg.value;
        emit QueriesBought(packageId, listingId, msg.sender, payee, count, terms.queryPrice, qfee, expiry);
    }

    /// @notice The platform charges one answered query with the buyer's signed Query request; seq must be the
    /// number of queries already charged. Credits the payee the query price and the platform its fee.
    function chargeQuery(uint256 packageId, uint32 seq, bytes32 queryHash, bytes calldata buyerSig)
        external
        onlyPlatform
    {
        QueryPackage storage p = _package(packageId);
        if (p.closed) revert PackageIsClosed(packageId);
        if (block.timestamp > p.expiry) revert DeadlinePassed(packageId, p.expiry);
        if (p.used >= p.count) revert QueriesExhausted(packageId);
        if (seq != p.used) revert WrongSequence(packageId, seq, p.used);
        _checkSigner(_digest(keccak256(abi.encode(QUERY_TYPEHASH, packageId, seq, queryHash))), buyerSig, p.buyer);
        p.used = seq + 1;
        emit QueryCharged(packageId, seq, queryHash);
        _pay(p.payee, p.queryPrice);
        _pay(platform, p.queryFee);
    }

    /// @notice Closes a package and refunds the unused queries (price and fee) to the buyer: the platform at any
    /// time, anyone after expiry.
    function closeQueries(uint256 packageId) external {
        QueryPackage storage p = _package(packageId);
        if (p.closed) revert PackageIsClosed(packageId);
        if (msg.sender != platform && block.timestamp <= p.expiry) revert NotDue(packageId, p.expiry);
        p.closed = true;
        uint32 unused = p.count - p.used;
        emit PackageClosed(packageId, unused);
        _pay(p.buyer, uint256(unused) * (p.queryPrice + p.queryFee));
    }

    /// @notice Returns a query package; reverts UnknownPackage.
    function getPackage(uint256 packageId) external view returns (QueryPackage memory) {
        return _package(packageId);
    }

    // ---- payments ----

    /// @notice Sends the caller its credited balance.
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

    // ---- EIP-712 ----

    /// @notice The EIP-712 domain separator.
    function domainSeparator() public view returns (bytes32) {
        if (block.chainid == _cachedChainId) return _cachedDomainSeparator;
        return _buildDomainSeparator();
    }

    /// @notice The EIP-712 digest a seller signs for a Sent notice.
    function sentDigest(Sent calldata s) external view returns (bytes32) {
        return _digest(keccak256(abi.encode(SENT_TYPEHASH, s)));
    }

    /// @notice The EIP-712 digest a buyer signs for a Received notice.
    function receivedDigest(Received calldata r) external view returns (bytes32) {
        return _digest(keccak256(abi.encode(RECEIVED_TYPEHASH, r)));
    }

    /// @notice The EIP-712 digest a buyer signs for a Query request.
    function queryDigest(Query calldata q) external view returns (bytes32) {
        return _digest(keccak256(abi.encode(QUERY_TYPEHASH, q)));
    }

    // ---- internals ----

    function _openDispute(uint256 tradeId, Trade storage t, bytes32 reason) private {
        t.state = State.Disputed;
        t.disputeDeadline = uint64(block.timestamp) + disputeWindow;
        emit DisputeOpened(tradeId, msg.sender, reason, t.disputeDeadline);
    }

    function _complete(uint256 tradeId, Trade storage t, bool forced) private {
        t.state = State.Completed;
        emit TradeCompleted(tradeId, forced);
        _pay(t.seller, t.price);
        _pay(platform, t.fee);
        if (t.custody) _handOver(t.listingId, t.buyer);
    }

    function _refund(uint256 tradeId, Trade storage t) private {
        t.state = State.Refunded;
        emit TradeRefunded(tradeId);
        _pay(t.buyer, t.price + t.fee);
        if (t.custody) _handOver(t.listingId, t.seller);
    }

    /// @dev Moves a token out of custody; if the Market refuses (a lock held by an Escrow trade), the token is
    /// owed and releaseToken moves it later, so that a settlement never fails because of the token.
    function _handOver(uint256 listingId, address to) private {
        try market.transferFrom(address(this), to, listingId) {}
        catch {
            _tokenOwed[listingId] = to;
            emit TokenOwed(listingId, to);
        }
    }

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

    function _package(uint256 packageId) private view returns (QueryPackage storage p) {
        p = _packages[packageId];
        if (p.buyer == address(0)) revert UnknownPackage(packageId);
    }

    function _requireState(uint256 tradeId, Trade storage t, State want) private view {
        if (t.state != want) revert WrongState(tradeId, uint8(t.state));
    }

    /// @dev Moves amount of held payments to an account's credit.
    function _pay(address to, uint256 amount) private {
        if (amount == 0) return;
        totalHeld -= amount;
        _credits[to] += amount;
        totalCredits += amount;
        emit Credited(to, amount);
    }
}
