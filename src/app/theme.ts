import { createTheme } from '@mui/material/styles';

/** The console's look: quiet, dense enough for long lists, light and dark. */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  // Text on a filled colour (a contained error button, a chip) must reach
  // WCAG AA's 4.5:1 in both schemes; MUI's default threshold of 3 puts
  // white on the dark scheme's light red and orange.
  colorSchemes: {
    light: { palette: { contrastThreshold: 4.5 } },
    dark: { palette: { contrastThreshold: 4.5 } },
  },
  typography: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    h4: { fontSize: '1.75rem', fontWeight: 600 },
  },
  shape: { borderRadius: 8 },
  components: {
    // Sort headers are buttons; keyboard focus must show on them.
    MuiTableSortLabel: {
      styleOverrides: {
        root: ({ theme }) => ({
          '&.Mui-focusVisible': {
            outline: `2px solid ${theme.vars.palette.primary.main}`,
            outlineOffset: 2,
            borderRadius: 2,
          },
        }),
      },
    },
    // A disabled field's helper text says why it is disabled: it must stay
    // readable, not fade with the field.
    MuiFormHelperText: {
      styleOverrides: {
        root: ({ theme }) => ({
          // Through the CSS variable, so the dark scheme gets its own colour.
          '&.Mui-disabled': { color: theme.vars.palette.text.secondary },
        }),
      },
    },
    // A table scrolls sideways in its own box. Positioned content inside
    // it (a visually hidden header label) is laid out against that box, not
    // against the page, where it would make the whole page scroll.
    MuiTableContainer: {
      styleOverrides: { root: { position: 'relative' } },
    },
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { textTransform: 'none' } },
    },
  },
});
