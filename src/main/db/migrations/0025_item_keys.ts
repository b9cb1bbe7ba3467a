import { sql, type Kysely } from 'kysely'
import { derivePrefix } from '@shared/domain/items/key'

/**
 * Item keys like an issue tracker's ("PB-12"): each product has a prefix and numbers its items in
 * its own sequence, so a new product's first item is PREFIX-1 instead of carrying a number that runs
 * across every product. Existing items are numbered per product in the order they were created (their
 * id order), and each product's prefix is derived from its name.
 *
 * `products.next_item_number` is the sequence. A trigger numbers every inserted item that comes
 * without a number (every way of adding items: the form, imports, splits, the sample), and moves the
 * sequence past any number given explicitly (a product file or an undo brings items back with theirs),
 * so a number is never handed out twice, even after its item was deleted. An item inserted without a
 * number holds 0 only until that trigger, which runs within the same insert; the column is NOT NULL so
 * that every item read has a number.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE products ADD COLUMN item_prefix TEXT NOT NULL DEFAULT ''`.execute(db)
  await sql`ALTER TABLE products ADD COLUMN next_item_number INTEGER NOT NULL DEFAULT 1`.execute(db)
  await sql`ALTER TABLE backlog_items ADD COLUMN number INTEGER NOT NULL DEFAULT 0`.execute(db)

  const { rows: products } = await sql<{ id: number; name: string }>`SELECT id, name FROM products`.execute(db)
  for (const product of products)
    await sql`UPDATE products SET item_prefix = ${derivePrefix(product.name)} WHERE id = ${product.id}`.execute(db)

  await sql`UPDATE backlog_items SET number = ordered.n
    FROM (SELECT id, row_number() OVER (PARTITION BY product_id ORDER BY id) AS n FROM backlog_items) AS ordered
    WHERE ordered.id = backlog_items.id`.execute(db)
  await sql`UPDATE products SET next_item_number = 1 + coalesce((SELECT max(number) FROM backlog_items WHERE product_id = products.id), 0)`.execute(
    db
  )
  await sql`CREATE UNIQUE INDEX backlog_items_product_number ON backlog_items (product_id, number)`.execute(db)

  await sql`CREATE TRIGGER backlog_items_number AFTER INSERT ON backlog_items BEGIN
    UPDATE backlog_items SET number = (SELECT next_item_number FROM products WHERE id = NEW.product_id)
      WHERE id = NEW.id AND NEW.number = 0;
    UPDATE products SET next_item_number = max(next_item_number, (SELECT number FROM backlog_items WHERE id = NEW.id) + 1)
      WHERE id = NEW.product_id;
  END`.execute(db)
}
