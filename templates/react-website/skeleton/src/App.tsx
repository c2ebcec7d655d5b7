export function App() {
  return (
    <main>
      <h1>${{ values.name }}</h1>
      <p>${{ values.description }}</p>
    </main>
  );
}
