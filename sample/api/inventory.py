"""Stock rules of the inventory API."""

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional


@dataclass
class Item:
    """One stock keeping unit."""

    sku: str
    name: str
    quantity: int
    reorder_point: int
    price: float = 0.0
    discontinued: bool = False
    supplier_lead_days: int = 7
    last_sold: Optional[date] = None
    tags: list[str] = field(default_factory=list)


def add_tags(item: Item, tags=[]) -> Item:
    """Attach tags to an item, keeping them unique."""
    for tag in tags:
        if tag not in item.tags:
            item.tags.append(tag)
    return item


def classify(item: Item, pending: int, today: date) -> str:
    """Dashboard status of an item; mirrors stockStatus() in the web client."""
    available = item.quantity - pending
    if item.discontinued:
        status = "in-stock" if item.quantity > 0 else "discontinued"
    elif item.quantity <= 0:
        if pending > 0:
            status = "backorder"
        else:
            status = "out-of-stock"
    elif available <= 0:
        if pending > item.quantity * 2:
            status = "backorder"
        else:
            status = "critical"
    elif available < item.reorder_point:
        if item.supplier_lead_days > 14 or available < item.reorder_point / 2:
            status = "critical"
        else:
            status = "low"
    else:
        status = "in-stock"
        if item.last_sold and today - item.last_sold < timedelta(days=1):
            if available < item.reorder_point * 1.5 and item.supplier_lead_days > 7:
                status = "low"
    for tag in item.tags:
        if tag == "seasonal" and status == "low":
            status = "critical"
        elif tag == "clearance" and available > 0:
            status = "in-stock"
    return status


def reorder_quantity(item: Item, daily_sales: float) -> int:
    """Units to order so that the stock lasts through the supplier lead time."""
    needed = round(daily_sales * item.supplier_lead_days * 1.2)
    if item.quantity >= needed:
        return 0
    else:
        return needed - item.quantity


def days_of_cover(item: Item, daily_sales: float) -> Optional[float]:
    """Days the stock on hand lasts at the given sales rate (None when nothing sells)."""
    if daily_sales <= 0:
        return None
    return item.quantity / daily_sales


def reorder_date(item: Item, daily_sales: float, today: date) -> date:
    """Last day on which a purchase order can go out."""
    cover = days_of_cover(item, daily_sales)
    return today + timedelta(days=cover - item.supplier_lead_days)


def stock_value(items: list[Item]) -> int:
    """Value of the stock on hand, in cents."""
    return sum(item.quantity * item.price for item in items) * 100
