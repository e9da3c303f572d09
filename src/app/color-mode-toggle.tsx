import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';
import Tooltip from '@mui/material/Tooltip';

const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const;
const LABEL = {
  system: 'Colour theme: follows the system',
  light: 'Colour theme: light',
  dark: 'Colour theme: dark',
} as const;

/** Switches between the system's colour theme, light and dark. */
export function ColorModeToggle() {
  const { mode, setMode } = useColorScheme();
  const current = mode ?? 'system';
  const Icon =
    current === 'dark'
      ? DarkModeIcon
      : current === 'light'
        ? LightModeIcon
        : SettingsBrightnessIcon;

  return (
    <Tooltip title={`${LABEL[current]}. Click to change.`}>
      <IconButton
        color="inherit"
        aria-label={LABEL[current]}
        onClick={() => setMode(NEXT[current])}
      >
        <Icon />
      </IconButton>
    </Tooltip>
  );
}
