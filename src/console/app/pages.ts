import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { Role } from "./roles";

/**
 * Every screen of the console, in menu order. Adding a screen: write `pages/<name>.tsx` with a
 * default export, then add one line here. Each page is loaded when first opened, so a screen's
 * weight (charts, drag and drop) never slows the first screen.
 *
 * `roles` decides who sees the screen in the menu and may open it; the API still decides what
 * each request may do, so this is a convenience, never the protection.
 */
export interface ConsolePage {
  /** Below /console/, e.g. "overlaps" for /console/overlaps. */
  path: string;
  /** The menu entry and the page heading. */
  title: string;
  roles: readonly Role[] | "everyone";
  component: LazyExoticComponent<ComponentType>;
}

export const PAGES: readonly ConsolePage[] = [
  { path: "home", title: "工作台首页", roles: "everyone", component: lazy(() => import("../pages/home")) },
  { path: "jurisdiction", title: "谁来管", roles: "everyone", component: lazy(() => import("../pages/jurisdiction")) },
  { path: "overlaps", title: "职权交叉图", roles: ["CHAIR", "SUPERVISOR"], component: lazy(() => import("../pages/overlap-map")) },
  // Participants (invited agencies, supervisors) follow a meeting here live; only the chair's controls change it.
  { path: "meetings", title: "会议室", roles: ["CHAIR", "SUPERVISOR", "AGENCY_OFFICER"], component: lazy(() => import("../pages/meeting-room")) },
  { path: "desk", title: "本单位工作台", roles: ["AGENCY_OFFICER"], component: lazy(() => import("../pages/desk")) },
  { path: "operations", title: "联合执法行动", roles: ["CHAIR", "AGENCY_OFFICER", "SUPERVISOR"], component: lazy(() => import("../pages/operations")) },
  { path: "disputes", title: "争议、空白与超期", roles: ["CHAIR"], component: lazy(() => import("../pages/chair-lists")) },
  { path: "audit", title: "执法监督与案卷评查", roles: ["SUPERVISOR"], component: lazy(() => import("../pages/audit")) },
];

export function mayOpen(page: ConsolePage, role: Role): boolean {
  return page.roles === "everyone" || page.roles.includes(role);
}
