export {
  EffectivePermissions,
  type EffectivePermissionsProps,
} from './effective-permissions';
