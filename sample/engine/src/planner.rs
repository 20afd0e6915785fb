//! Turns stock levels and forecasts into purchase-order lines.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StockLevel {
    pub on_hand: u32,
    pub reorder_point: u32,
    pub lead_days: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OrderLine {
    pub sku: String,
    pub units: u32,
}

/// Units needed to last through the supplier lead time, with 20 % safety stock.
pub fn units_needed(level: &StockLevel, daily_demand: f64) -> u32 {
    let target = (daily_demand * f64::from(level.lead_days) * 1.2).ceil() as u32;
    return target.saturating_sub(level.on_hand);
}

/// True when a lead time is one the planner can schedule (one day to one quarter).
pub fn schedulable(lead_days: u32) -> bool {
    lead_days >= 1 && lead_days <= 90
}

/// One order line per SKU that fell below its reorder point.
pub fn plan_orders(skus: &[String], levels: &[StockLevel], demand: &[f64]) -> Vec<OrderLine> {
    let mut lines = Vec::new();
    for (i, sku) in skus.iter().enumerate() {
        let level = levels[i].clone();
        if level.on_hand >= level.reorder_point || !schedulable(level.lead_days) {
            continue;
        }
        let units = units_needed(&level, demand[i]);
        if units > 0 {
            lines.push(OrderLine { sku: sku.clone(), units });
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_only_below_reorder_point() {
        let skus = vec!["A-1".to_string(), "B-2".to_string()];
        let levels = [
            StockLevel { on_hand: 3, reorder_point: 10, lead_days: 5 },
            StockLevel { on_hand: 50, reorder_point: 10, lead_days: 5 },
        ];
        let lines = plan_orders(&skus, &levels, &[4.0, 4.0]);
        assert_eq!(lines, vec![OrderLine { sku: "A-1".into(), units: 21 }]);
    }
}
