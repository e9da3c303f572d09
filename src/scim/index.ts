export * from './client';
export * from './discovery';
export * from './errors';
export * from './filter';
export * from './patch';
export * from './read';
export * from './types';
