// Where the page is, for components that link to it (the language links). In the browser it is
// the address bar, read at each call (the map rewrites the fragment as it moves); when the build
// renders a page's static copy (scripts/share/render-shell.tsx), it is that page's path.
import { createContext, useContext } from "solid-js";
import type { AddressParts } from "../state/url-state";
import { currentAddress } from "./address";

const PageAddressContext = createContext<() => AddressParts>(currentAddress);

export const PageAddressProvider = PageAddressContext.Provider;
export const usePageAddress = (): (() => AddressParts) => useContext(PageAddressContext);
