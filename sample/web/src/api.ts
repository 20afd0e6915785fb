import type { Item } from "./inventory";

interface ItemDto {
  sku: string;
  name: string;
  quantity: number;
  reorder_point: number;
  price?: number;
  discontinued?: boolean;
  supplier_lead_days?: number;
  last_sold_at?: string;
}

export function fromDto(dto: ItemDto): Item {
  return {
    sku: dto.sku,
    name: dto.name,
    quantity: dto.quantity,
    reorderPoint: dto.reorder_point,
    price: dto.price,
    discontinued: dto.discontinued,
    supplierLeadDays: dto.supplier_lead_days,
    lastSoldAt: dto.last_sold_at ? new Date(dto.last_sold_at) : undefined,
  };
}

export async function listItems(baseUrl: string, search: URLSearchParams): Promise<Item[]> {
  const limit: number = search.get("limit") ?? 50;
  const response = await fetch(`${baseUrl}/items?limit=${limit}`);
  if (!response.ok) {
    throw new Error(`inventory API answered ${response.status}`);
  }
  const rows = (await response.json()) as ItemDto[];
  return rows.map(fromDto);
}
