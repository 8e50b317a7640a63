// The English interface words alone, as a script of their own (load-messages.ts).
export { ui } from "./en";
