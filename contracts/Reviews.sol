// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Escrow} from "./Escrow.sol";

/// @title Reviews
/// @notice Reviews of sellers and exchanges: one per committed trade (committed, revealed or compensated),
/// written only by that trade's buyer, so every review comes from a verified, paying buyer.
contract Reviews {
    /// @notice One review.
    struct Review {
        address buyer;
        address seller;
        uint256 exchangeId;
        uint8 sellerRating;
        uint8 exchangeRating;
        string commentCid;
        uint64 at;
    }

    /// @notice Running rating totals of a seller or an exchange.
    struct Stats {
        uint64 count;
        uint64 sum;
    }

    /// @notice The Escrow whose trades are reviewed.
    Escrow public immutable escrow;

    mapping(uint256 => Review) private _reviews;
    mapping(address => Stats) private _sellerStats;
    mapping(uint256 => Stats) private _exchangeStats;

    event Reviewed(
        uint256 indexed tradeId,
        address indexed buyer,
        address indexed seller,
        uint256 exchangeId,
        uint8 sellerRating,
        uint8 exchangeRating,
        string commentCid
    );

    error NotTradeBuyer(uint256 tradeId, address caller);
    error TradeNotCommitted(uint256 tradeId, uint8 state);
    error AlreadyReviewed(uint256 tradeId);
    error InvalidRating(uint8 rating);
    error NotReviewed(uint256 tradeId);

    constructor(Escrow escrow_) {
        escrow = escrow_;
    }

    /// @notice Reviews the seller and the delivering exchange of a committed trade, once, by its buyer.
    /// Ratings run from 1 to 5; commentCid may be empty.
    function review(uint256 tradeId, uint8 sellerRating, uint8 exchangeRating, string calldata commentCid) external {
        if (sellerRating < 1 || sellerRating > 5) revert InvalidRating(sellerRating);
        if (exchangeRating < 1 || exchangeRating > 5) revert InvalidRating(exchangeRating);
        Escrow.Trade memory t = escrow.getTrade(tradeId);
        if (t.buyer != msg.sender) revert NotTradeBuyer(tradeId, msg.sender);
        if (
            t.state != Escrow.State.Committed && t.state != Escrow.State.Revealed
                && t.state != Escrow.State.Compensated
        ) {
            revert TradeNotCommitted(tradeId, uint8(t.state));
        }
        if (_reviews[tradeId].at != 0) revert AlreadyReviewed(tradeId);
        _reviews[tradeId] = Review({
            buyer: msg.sender,
            seller: t.seller,
            exchangeId: t.committedExchange,
            sellerRating: sellerRating,
            exchangeRating: exchangeRating,
            commentCid: commentCid,
            at: uint64(block.timestamp)
        });
        Stats storage s = _sellerStats[t.seller];
        s.count += 1;
        s.sum += sellerRating;
        Stats storage x = _exchangeStats[t.committedExchange];
        x.count += 1;
        x.sum += exchangeRating;
        emit Reviewed(tradeId, msg.sender, t.seller, t.committedExchange, sellerRating, exchangeRating, commentCid);
    }

    /// @notice Reports whether a trade has been reviewed.
    function reviewed(uint256 tradeId) external view returns (bool) {
        return _reviews[tradeId].at != 0;
    }

    /// @notice Returns a trade's review; reverts NotReviewed if there is none.
    function getReview(uint256 tradeId) external view returns (Review memory) {
        if (_reviews[tradeId].at == 0) revert NotReviewed(tradeId);
        return _reviews[tradeId];
    }

    /// @notice Returns a seller's review count and rating sum.
    function sellerStats(address seller) external view returns (Stats memory) {
        return _sellerStats[seller];
    }

    /// @notice Returns an exchange's review count and rating sum.
    function exchangeStats(uint256 exchangeId) external view returns (Stats memory) {
        return _exchangeStats[exchangeId];
    }

    /// @notice A seller's average rating times 1000 (rounded down); 0 without reviews.
    function sellerAverageMilli(address seller) external view returns (uint256) {
        return _averageMilli(_sellerStats[seller]);
    }

    /// @notice An exchange's average rating times 1000 (rounded down); 0 without reviews.
    function exchangeAverageMilli(uint256 exchangeId) external view returns (uint256) {
        return _averageMilli(_exchangeStats[exchangeId]);
    }

    function _averageMilli(Stats storage s) private view returns (uint256) {
        if (s.count == 0) return 0;
        return uint256(s.sum) * 1000 / s.count;
    }
}
