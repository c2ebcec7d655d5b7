import { render, screen } from '@testing-library/react';
import { App } from './App';

describe('App', () => {
  it('shows the site name as its heading', () => {
    render(<App />);
    expect(
      screen.getByRole('heading', { name: '${{ values.name }}' }),
    ).toBeInTheDocument();
  });
});
