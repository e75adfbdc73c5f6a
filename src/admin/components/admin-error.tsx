import { StatusView } from '@/components/status-view'
import type { AppError } from '@/services/app-error'
import { openHome } from '@/routes'

/** An admin page that could not load: not an admin (FORBIDDEN), or another failure to retry. */
export function AdminError({ error, onRetry }: { error: AppError; onRetry: () => void }) {
  if (error.code === 'FORBIDDEN') {
    return (
      <StatusView
        kind='empty'
        title='仅品牌管理员可见'
        message={
          process.env.TARO_ENV === 'h5'
            ? '这里是品牌的运营后台。本地演示：点右上角切换为品牌管理员「小林」'
            : '这里是品牌的运营后台，只对品牌管理员开放'
        }
        actionText='回到首页'
        onAction={openHome}
      />
    )
  }
  return <StatusView kind='error' title='加载失败' message={error.message} actionText='重试' onAction={onRetry} />
}
