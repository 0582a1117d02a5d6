// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {Market} from "./Market.sol";

/// @title Auction
/// @notice Sealed-bid second-price (Vickrey) auctions with commit–reveal for a listing or a bundle of listings
/// of the Market.
/// @dev Phases, by block time: bids (commitments) while `block.timestamp < commitDeadline`; reveals while
/// `commitDeadline <= block.timestamp < revealDeadline`; settlement by anyone from `revealDeadline` on.
///
/// Commitment: `keccak256(abi.encode(uint256 auctionId, address bidder, uint256 amount, bytes32 salt))`, the
/// encoding of the Go function pricing.Commitment.
///
/// Deposits: a bid carries at least the auction's required deposit, which may be more than the bid to hide it.
/// A reveal may top the bid's funds up (msg.value) and must leave them at least the revealed amount, so a
/// deposit never tells how much was bid. A revealed bid below the reserve is valid but not eligible to win.
///
/// Outcome: the highest eligible bid wins (equal amounts: the lower address, as a 20-byte number, wins, the
/// tie rule of pricing.Vickrey) and pays the second-highest eligible amount, or the reserve when it is the
/// only eligible bid. The winner's remaining funds and every other revealed bid's funds are refunded; a bid
/// that is out-ranked while reveals go on is refunded at once.
///
/// No-reveal penalty: a bidder that commits and does not reveal in time forfeits its whole deposit to the
/// auction's seller (the party its silence harmed), credited at settlement.
///
/// Revenue: the price is split among the owners of the bundle's listings (as at creation) by shares in basis
/// points fixed at creation; the rounding remainder goes to the seller. A bundle may hold another owner's
/// listing only if that owner allowed the seller to bundle it (allowBundling). No eligible bid: no price is
/// paid and every revealed bid is refunded.
///
/// Every payment is a pull payment: credited here and withdrawn by its owner (withdraw). The listing tokens
/// do not move: the auction fixes the buyer and the price, and the data is delivered off chain.
contract Auction is ReentrancyGuard {
    /// @notice Most listings in one bundle.
    uint256 public constant MAX_LISTINGS = 16;
    /// @notice The total of a bundle's shares.
    uint16 public constant TOTAL_BPS = 10_000;

    /// @notice One auction.
    struct Info {
        address seller;
        uint64 commitDeadline;
        uint64 revealDeadline;
        bool settled;
        uint256 reserve;
        uint256 deposit;
        uint256[] listings;
        address[] owners;
        uint16[] sharesBps;
        uint32 bidCount;
        uint32 revealCount;
        // The leading eligible bid so far (the winner after settlement) and the second-highest eligible amount.
        address leader;
        uint256 highest;
        bool hasSecond;
        uint256 second;
        // Deposits of bids not (yet) revealed: forfeited to the seller at settlement.
        uint256 unrevealed;
        // Set at settlement: the price the winner paid (zero when nobody won).
        uint256 price;
    }

    /// @notice One bid.
    struct Bid {
        bytes32 commitment;
        uint256 funds;
        bool revealed;
        uint256 amount;
    }

    /// @notice The Market whose listings are auctioned.
    Market public immutable market;
    /// @notice Number of auctions ever created; ids run from 1 to auctionCount.
    uint256 public auctionCount;
    /// @notice Sum of all credits not yet withdrawn.
    uint256 public totalCredits;
    /// @notice Sum of all funds held for bids (deposits and top-ups not yet credited).
    uint256 public totalHeld;

    mapping(uint256 => Info) private _auctions;
    mapping(uint256 => mapping(address => Bid)) private _bids;
    mapping(address => uint256) private _credits;
    // listing id => listing owner => seller allowed to bundle it.
    mapping(uint256 => mapping(address => mapping(address => bool))) private _bundlers;

    event AuctionCreated(
        uint256 indexed id,
        address indexed seller,
        uint256[] listings,
        uint256 reserve,
        uint256 deposit,
        uint64 commitDeadline,
        uint64 revealDeadline
    );
    event BidCommitted(uint256 indexed id, address indexed bidder, bytes32 commitment, uint256 deposit);
    event BidRevealed(uint256 indexed id, address indexed bidder, uint256 amount, bool leading);
    event AuctionSettled(uint256 indexed id, address indexed winner, uint256 price, uint256 forfeited);
    event BundlingAllowed(uint256 indexed listingId, address indexed owner, address indexed seller, bool allowed);
    event Credited(address indexed account, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);

    error UnknownListing(uint256 id);
    error UnknownAuction(uint256 id);
    error NotListingOwner(uint256 listingId, address caller);
    error NotAllowedToBundle(uint256 listingId, address owner, address seller);
    error ListingInactive(uint256 id);
    error DuplicateListing(uint256 id);
    error BadListingCount(uint256 count, uint256 max);
    error BadShares(uint256 total);
    error BadDeadlines(uint64 commitDeadline, uint64 revealDeadline, uint64 now);
    error BiddingClosed(uint256 id, uint64 commitDeadline);
    error NotRevealPhase(uint256 id, uint64 commitDeadline, uint64 revealDeadline);
    error RevealNotOver(uint256 id, uint64 revealDeadline);
    error AlreadySettled(uint256 id);
    error SellerCannotBid(uint256 id, address bidder);
    error AlreadyBid(uint256 id, address bidder);
    error DepositTooLow(uint256 sent, uint256 required);
    error ZeroCommitment();
    error NoBid(uint256 id, address bidder);
    error AlreadyRevealed(uint256 id, address bidder);
    error CommitmentMismatch(uint256 id, address bidder);
    error FundsBelowBid(uint256 amount, uint256 funds);
    error NothingOwed(address account);
    error PaymentFailed(address account, uint256 amount);

    constructor(Market market_) {
        market = market_;
    }

    // ---- bundling consent ----

    /// @notice Lets (or stops) `seller` put the caller's listing in a bundle auction. Only the listing's owner.
    function allowBundling(uint256 listingId, address seller, bool allowed) external {
        _requireListing(listingId);
        if (market.ownerOf(listingId) != msg.sender) revert NotListingOwner(listingId, msg.sender);
        _bundlers[listingId][msg.sender][seller] = allowed;
        emit BundlingAllowed(listingId, msg.sender, seller, allowed);
    }

    /// @notice Reports whether `owner` lets `seller` bundle listing `listingId`.
    function bundlingAllowed(uint256 listingId, address owner, address seller) external view returns (bool) {
        return _bundlers[listingId][owner][seller];
    }

    // ---- the auction ----

    /// @notice Creates an auction of one listing or a bundle. Each listing must be active and owned by the
    /// caller or by an owner that allowed the caller to bundle it; sharesBps[i] is the part of the price paid
    /// to listing i's owner, in basis points summing to TOTAL_BPS.
    /// @return id the auction id, from 1.
    function create(
        uint256[] calldata listings,
        uint16[] calldata sharesBps,
        uint256 reserve,
        uint256 deposit,
        uint64 commitDeadline,
        uint64 revealDeadline
    ) external returns (uint256 id) {
        uint256 n = listings.length;
        if (n == 0 || n > MAX_LISTINGS) revert BadListingCount(n, MAX_LISTINGS);
        if (sharesBps.length != n) revert BadShares(sharesBps.length);
        if (commitDeadline <= block.timestamp || revealDeadline <= commitDeadline) {
            revert BadDeadlines(commitDeadline, revealDeadline, uint64(block.timestamp));
        }
        address[] memory owners = new address[](n);
        uint256 total;
        for (uint256 i = 0; i < n; i++) {
            uint256 l = listings[i];
            for (uint256 j = 0; j < i; j++) {
                if (listings[j] == l) revert DuplicateListing(l);
            }
            _requireListing(l);
            if (!market.getListing(l).active) revert ListingInactive(l);
            address owner = market.ownerOf(l);
            if (owner != msg.sender && !_bundlers[l][owner][msg.sender]) revert NotAllowedToBundle(l, owner, msg.sender);
            owners[i] = owner;
            total += sharesBps[i];
        }
        if (total != TOTAL_BPS) revert BadShares(total);
        id = ++auctionCount;
        Info storage a = _auctions[id];
        a.seller = msg.sender;
        a.commitDeadline = commitDeadline;
        a.revealDeadline = revealDeadline;
        a.reserve = reserve;
        a.deposit = deposit;
        a.listings = listings;
        a.owners = owners;
        a.sharesBps = sharesBps;
        emit AuctionCreated(id, msg.sender, listings, reserve, deposit, commitDeadline, revealDeadline);
    }

    /// @notice Commits a sealed bid with a deposit of at least the required one. One bid per bidder; not by
    /// the seller or an owner of a bundled listing.
    function bid(uint256 id, bytes32 commitment) external payable {
        Info storage a = _auction(id);
        if (block.timestamp >= a.commitDeadline) revert BiddingClosed(id, a.commitDeadline);
        if (commitment == bytes32(0)) revert ZeroCommitment();
        if (msg.sender == a.seller) revert SellerCannotBid(id, msg.sender);
        for (uint256 i = 0; i < a.owners.length; i++) {
            if (a.owners[i] == msg.sender) revert SellerCannotBid(id, msg.sender);
        }
        Bid storage b = _bids[id][msg.sender];
        if (b.commitment != bytes32(0)) revert AlreadyBid(id, msg.sender);
        if (msg.value < a.deposit) revert DepositTooLow(msg.value, a.deposit);
        b.commitment = commitment;
        b.funds = msg.value;
        a.bidCount += 1;
        a.unrevealed += msg.value;
        totalHeld += msg.value;
        emit BidCommitted(id, msg.sender, commitment, msg.value);
    }

    /// @notice Reveals the caller's bid. msg.value tops the bid's funds up; they must reach the amount.
    function reveal(uint256 id, uint256 amount, bytes32 salt) external payable {
        Info storage a = _auction(id);
        if (block.timestamp < a.commitDeadline || block.timestamp >= a.revealDeadline) {
            revert NotRevealPhase(id, a.commitDeadline, a.revealDeadline);
        }
        Bid storage b = _bids[id][msg.sender];
        if (b.commitment == bytes32(0)) revert NoBid(id, msg.sender);
        if (b.revealed) revert AlreadyRevealed(id, msg.sender);
        if (commitmentOf(id, msg.sender, amount, salt) != b.commitment) revert CommitmentMismatch(id, msg.sender);
        uint256 funds = b.funds + msg.value;
        if (funds < amount) revert FundsBelowBid(amount, funds);
        a.unrevealed -= b.funds;
        totalHeld += msg.value;
        b.funds = funds;
        b.revealed = true;
        b.amount = amount;
        a.revealCount += 1;

        bool leading;
        if (amount >= a.reserve) {
            address prev = a.leader;
            if (prev == address(0) || amount > a.highest || (amount == a.highest && msg.sender < prev)) {
                leading = true;
                if (prev != address(0)) {
                    a.hasSecond = true;
                    a.second = a.highest;
                    _release(id, prev);
                }
                a.leader = msg.sender;
                a.highest = amount;
            } else if (!a.hasSecond || amount > a.second) {
                a.hasSecond = true;
                a.second = amount;
            }
        }
        emit BidRevealed(id, msg.sender, amount, leading);
        if (!leading) _release(id, msg.sender);
    }

    /// @notice Settles an auction once reveals are over; anyone may call it. Credits the winner's change, the
    /// owners' shares of the price and the forfeited deposits (to the seller).
    function settle(uint256 id) external {
        Info storage a = _auction(id);
        if (block.timestamp < a.revealDeadline) revert RevealNotOver(id, a.revealDeadline);
        if (a.settled) revert AlreadySettled(id);
        a.settled = true;
        uint256 forfeited = a.unrevealed;
        a.unrevealed = 0;
        if (forfeited > 0) {
            totalHeld -= forfeited;
            _credit(a.seller, forfeited);
        }
        address winner = a.leader;
        uint256 price;
        if (winner != address(0)) {
            price = a.hasSecond ? a.second : a.reserve;
            a.price = price;
            Bid storage w = _bids[id][winner];
            uint256 funds = w.funds;
            w.funds = 0;
            totalHeld -= funds;
            if (funds > price) _credit(winner, funds - price);
            uint256 paid;
            for (uint256 i = 0; i < a.owners.length; i++) {
                uint256 share = (price * a.sharesBps[i]) / TOTAL_BPS;
                paid += share;
                if (share > 0) _credit(a.owners[i], share);
            }
            if (price > paid) _credit(a.seller, price - paid);
        }
        emit AuctionSettled(id, winner, price, forfeited);
    }

    /// @notice Pays the caller everything credited to it.
    function withdraw() external nonReentrant {
        uint256 amount = _credits[msg.sender];
        if (amount == 0) revert NothingOwed(msg.sender);
        _credits[msg.sender] = 0;
        totalCredits -= amount;
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert PaymentFailed(msg.sender, amount);
        emit Withdrawn(msg.sender, amount);
    }

    // ---- views ----

    /// @notice The commitment a bidder posts: keccak256(abi.encode(id, bidder, amount, salt)).
    function commitmentOf(uint256 id, address bidder, uint256 amount, bytes32 salt) public pure returns (bytes32) {
        return keccak256(abi.encode(id, bidder, amount, salt));
    }

    /// @notice Returns an auction; reverts UnknownAuction for an id never created.
    function getAuction(uint256 id) external view returns (Info memory) {
        return _auction(id);
    }

    /// @notice Returns a bidder's bid in an auction (all zero when it did not bid).
    function getBid(uint256 id, address bidder) external view returns (Bid memory) {
        _auction(id);
        return _bids[id][bidder];
    }

    /// @notice What the contract owes an account, to be withdrawn.
    function credit(address account) external view returns (uint256) {
        return _credits[account];
    }

    // ---- internals ----

    function _auction(uint256 id) private view returns (Info storage a) {
        if (id == 0 || id > auctionCount) revert UnknownAuction(id);
        return _auctions[id];
    }

    function _requireListing(uint256 id) private view {
        if (id == 0 || id > market.listingCount()) revert UnknownListing(id);
    }

    // _release refunds a revealed bid that can no longer win.
    function _release(uint256 id, address bidder) private {
        Bid storage b = _bids[id][bidder];
        uint256 funds = b.funds;
        b.funds = 0;
        totalHeld -= funds;
        if (funds > 0) _credit(bidder, funds);
    }

    function _credit(address account, uint256 amount) private {
        _credits[account] += amount;
        totalCredits += amount;
        emit Credited(account, amount);
    }
}
