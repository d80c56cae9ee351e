import { useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import type { HomeData } from '../../shared/api/types';

export const HOME_KEY = ['home'] as const;

export function useHome() {
  return useQuery({ queryKey: HOME_KEY, queryFn: () => api.get<HomeData>('/home') });
}
