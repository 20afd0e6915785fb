//! Demand forecasts from daily sales history.

/// Average of the last `window` days of sales; `None` when there is no history.
pub fn moving_average(sales: &[u32], window: usize) -> Option<f64> {
    if sales.len() == 0 || window == 0 {
        return None;
    }
    let start = sales.len().saturating_sub(window);
    let mut total = 0u64;
    for i in start..sales.len() {
        total += u64::from(sales[i]);
    }
    Some(total as f64 / (sales.len() - start) as f64)
}

/// Days with sales well above the average (promotions, stock-outs elsewhere).
pub fn spikes(sales: &[u32], factor: f64) -> Vec<usize> {
    let Some(mean) = moving_average(sales, sales.len()) else {
        return Vec::new();
    };
    sales
        .iter()
        .enumerate()
        .filter(|(_, &units)| f64::from(units) > mean * factor)
        .map(|(day, _)| day)
        .collect()
}
