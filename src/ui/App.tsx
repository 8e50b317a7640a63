import { MapView } from "./MapView";

export function App() {
  return (
    <div class="app">
      <header class="masthead">
        <h1 class="masthead__title">Corridor Atlas</h1>
        <p class="masthead__tagline">The transport corridors that cross Kazakhstan, from China to the Caspian, Europe and the Gulf</p>
      </header>
      <main class="app__main">
        <MapView />
      </main>
    </div>
  );
}
