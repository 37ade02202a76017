import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { learningApi, type NetworkResource } from './learning-api';

const sizeOf = (bytes: number | null) => (bytes === null ? '' : bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * Links and files of one place (a phase, a session): a link opens in a new tab, a file downloads
 * through the side's own address (the network's or the district's). Remove only for the network.
 */
export function ResourceList({ base, resources, onRemove }: { base: string; resources: readonly NetworkResource[]; onRemove?: (resource: NetworkResource) => void }) {
  const { t } = useI18n();
  if (resources.length === 0) return <p className="muted">{t('learning.noResources')}</p>;
  return (
    <ul className="learning-resources">
      {resources.map((resource) => (
        <li key={resource.id}>
          <div className="learning-resource-main">
            <Badge tone={resource.kind === 'link' ? 'info' : 'neutral'} hasDot={false}>
              {t(resource.kind === 'link' ? 'learning.kind.link' : 'learning.kind.file')}
            </Badge>{' '}
            {resource.kind === 'link' ? (
              <a href={resource.url ?? '#'} target="_blank" rel="noopener noreferrer" aria-label={t('learning.open', { title: resource.title })}>
                {resource.title}
              </a>
            ) : (
              <a href={learningApi.resourceFile(base, resource.id)} download={resource.fileName ?? true} aria-label={t('learning.download', { title: resource.title })}>
                {resource.title}
              </a>
            )}
            {resource.kind === 'file' && <span className="muted"> · {[resource.fileName, sizeOf(resource.sizeBytes)].filter(Boolean).join(', ')}</span>}
            {resource.description && <span className="cell-sub">{resource.description}</span>}
          </div>
          {onRemove && (
            <Button variant="quiet-danger" size="small" onClick={() => onRemove(resource)} aria-label={t('learning.removeFor', { title: resource.title })}>
              {t('action.remove')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
