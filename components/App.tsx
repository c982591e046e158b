export function App() {
  return <main>AI Interview</main>;
}
