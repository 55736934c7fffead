/** Compiled by the test command (tsc --noEmit): the calls an integrator writes, checked against the spec. */
import { createOvopClient, type components } from "./index";

type Product = components["schemas"]["ProductPublic"];

export async function example(): Promise<string[]> {
  const ovop = createOvopClient({ baseUrl: "http://127.0.0.1:8000", clientId: "integrator-x", clientSecret: "s" });

  const products = await ovop.GET("/v1/registry/{country}/products", {
    params: { path: { country: "VN" }, query: { limit: 10, offset: 0 } },
  });
  const names: string[] = (products.data?.items ?? []).map((p: Product) => p.name_en);

  const hits = await ovop.GET("/v1/catalogue/search", { params: { query: { q: "fish sauce", min_stars: 4 } } });
  const total: number | null | undefined = hits.data?.total;

  const subscription = await ovop.POST("/v1/webhooks/subscriptions", {
    body: { url: "https://erp.example.com/ovop", event_types: ["org.asean.ovop.registry.product.upserted.v1"] },
  });
  const secret: string | undefined = subscription.data?.secret;

  // @ts-expect-error an event type the spec does not list is refused at compile time
  await ovop.POST("/v1/webhooks/subscriptions", { body: { url: "https://x.example", event_types: ["no.such.v1"] } });
  // @ts-expect-error a path the API does not have
  await ovop.GET("/v1/no-such-path");

  return [...names, String(total), secret ?? ""];
}
