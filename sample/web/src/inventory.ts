// Stock rules shared by the dashboard and the reorder form.

export type StockStatus =
  | "in-stock"
  | "low"
  | "critical"
  | "out-of-stock"
  | "backorder"
  | "discontinued";

export interface Item {
  sku: string;
  name: string;
  quantity: number;
  reorderPoint: number;
  price?: number;
  discontinued?: boolean;
  supplierLeadDays?: number;
  lastSoldAt?: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Classifies an item for the dashboard. Grew one business rule at a time;
 * kept as is because the warehouse team relies on the exact precedence.
 */
export function stockStatus(item: Item, pendingOrders: number, today: Date): StockStatus {
  if (item.discontinued) {
    return item.quantity > 0 ? "in-stock" : "discontinued";
  }
  if (item.quantity <= 0) {
    if (pendingOrders > 0) {
      return "backorder";
    }
    return "out-of-stock";
  }
  const available = item.quantity - pendingOrders;
  if (available <= 0) {
    return pendingOrders > item.quantity * 2 ? "backorder" : "critical";
  }
  const lead = item.supplierLeadDays ?? 7;
  if (available < item.reorderPoint) {
    if (lead > 14 || available < item.reorderPoint / 2) {
      return "critical";
    }
    return "low";
  }
  if (item.lastSoldAt && today.getTime() - item.lastSoldAt.getTime() < DAY_MS) {
    if (available < item.reorderPoint * 1.5 && lead > 7) {
      return "low";
    }
  }
  return "in-stock";
}

export function totalValue(items: Item[]): number {
  return items.reduce((sum, item) => sum + item.quantity * item.price, 0);
}

export function needsReorder(items: Item[]): Item[] {
  return items.filter((item) => !item.discontinued && item.quantity < item.reorderPoint);
}
