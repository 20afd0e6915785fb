//! Reorder planning for the inventory service: demand forecasts and
//! purchase-order batching. No dependencies, so it builds offline.

pub mod forecast;
pub mod planner;

pub use forecast::moving_average;
pub use planner::{plan_orders, OrderLine, StockLevel};
