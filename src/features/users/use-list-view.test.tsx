import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';

import { useListView } from './use-list-view';

function wrapper({ children }: { children: ReactNode }) {
  return (
    <MemoryRouter initialEntries={['/users?q=ada&status=active']}>
      {children}
    </MemoryRouter>
  );
}

function useViewAndRouter() {
  const [view, update] = useListView();
  return { view, update, navigate: useNavigate(), location: useLocation() };
}

describe('useListView', () => {
  it('reads the view from the address', () => {
    const { result } = renderHook(useViewAndRouter, { wrapper });

    expect(result.current.view).toMatchObject({ q: 'ada', status: 'active' });
  });

  it('keeps the same view object while the address says the same view', async () => {
    const { result } = renderHook(useViewAndRouter, { wrapper });
    const before = result.current.view;

    // The address changes, but not in anything the view holds.
    await act(() =>
      result.current.navigate('/users?status=active&q=ada&ref=mail'),
    );

    expect(result.current.location.search).toContain('ref=mail');
    expect(result.current.view).toBe(before);
  });

  it('writes a typed search to the address and shows it at once', async () => {
    const { result } = renderHook(useViewAndRouter, { wrapper });

    await act(() => result.current.update({ q: 'ada l' }));

    expect(result.current.view.q).toBe('ada l');
    expect(result.current.location.search).toContain('q=ada+l');
  });

  it('a filter chosen before the router applied a cleared search keeps it cleared', async () => {
    const { result } = renderHook(useViewAndRouter, { wrapper });

    // Both in one go: the router has not re-rendered between them.
    await act(() => {
      result.current.update({ q: '' });
      result.current.update({ status: 'deactivated' });
    });

    expect(result.current.location.search).toBe('?status=deactivated');
    expect(result.current.view).toMatchObject({ q: '', status: 'deactivated' });
  });

  it('Back brings the earlier view back, and later changes start from it', async () => {
    const { result } = renderHook(useViewAndRouter, { wrapper });

    await act(() => result.current.update({ role: 'admin' }));
    await act(() => result.current.navigate(-1));
    expect(result.current.view).toMatchObject({ q: 'ada', role: 'all' });

    await act(() => result.current.update({ sort: 'email' }));
    expect(result.current.location.search).toBe(
      '?q=ada&status=active&sort=email&dir=asc',
    );
  });
});
