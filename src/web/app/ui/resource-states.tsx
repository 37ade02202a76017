import type { ReactNode } from 'react';
import type { ApiError } from '../api';
import type { Resource } from '../use-resource';
import type { IconName } from './icons';
import { EmptyState } from './empty-state';
import { ErrorAlert } from './error-message';
import { Loading } from './loading';

/**
 * The four states of a listed resource inside a card, the same everywhere: loading the first
 * time, failed (with the reason), loaded but empty (with a word on what to do), and loaded.
 */
export function ResourceStates<T>({
  resource,
  isEmpty,
  errorTitle,
  renderError,
  emptyIcon,
  emptyTitle,
  emptyText,
  children,
}: {
  resource: Resource<T>;
  isEmpty: boolean;
  errorTitle?: string;
  /** For areas whose errors need their own wording (e.g. plan problems with paths). */
  renderError?: (error: ApiError) => ReactNode;
  emptyIcon: IconName;
  emptyTitle: ReactNode;
  emptyText?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      {resource.isLoading && !resource.data && <Loading />}
      {resource.error && <div className="card-body">{renderError ? renderError(resource.error) : <ErrorAlert error={resource.error} title={errorTitle} />}</div>}
      {resource.data && isEmpty && (
        <EmptyState icon={emptyIcon} title={emptyTitle}>
          {emptyText}
        </EmptyState>
      )}
      {resource.data && !isEmpty && children}
    </>
  );
}
